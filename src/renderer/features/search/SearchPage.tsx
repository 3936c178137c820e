import { EmptyState } from '../../components/EmptyState';

/** Where View ▸ Search lands; searching notes arrives with the notes feature. */
export default function SearchPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <EmptyState title="Nothing to search yet">Search covers meeting notes once they exist in this vault.</EmptyState>
    </div>
  );
}
