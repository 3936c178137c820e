"""An independent filler: fills a PDF form's fields with Debian's pypdf, as a reader would.

Usage: fill_form.py IN.pdf OUT.pdf VALUES.json
VALUES maps a field name to a string (text box, drop-down) or a boolean (tick box).
Fields not named keep their value; a name the form lacks is an error.
"""
import json
import sys

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, NameObject, TextStringObject


def walk(fields, prefix=""):
    for ref in fields:
        field = ref.get_object()
        name = prefix + str(field.get("/T", ""))
        kids = field.get("/Kids")
        if kids is not None and "/FT" not in field and all("/T" in k.get_object() for k in kids):
            yield from walk(kids, name + ".")
        else:
            yield name, field


def on_state(widget):
    states = widget.get("/AP", {}).get("/N", {})
    return next((k for k in states.keys() if k != "/Off"), "/Yes")


def main():
    source, target, values_path = sys.argv[1:4]
    with open(values_path, encoding="utf-8") as f:
        values = json.load(f)
    writer = PdfWriter()
    writer.append(PdfReader(source))
    acro = writer._root_object["/AcroForm"]
    seen = set()
    for name, field in walk(acro["/Fields"]):
        if name not in values:
            continue
        seen.add(name)
        value = values[name]
        kind = field.get("/FT")
        widgets = [k.get_object() for k in field.get("/Kids", [])] or [field]
        if kind == "/Btn":
            state = NameObject(on_state(widgets[0]) if value else "/Off")
            field[NameObject("/V")] = state
            for w in widgets:
                w[NameObject("/AS")] = state
        else:
            field[NameObject("/V")] = TextStringObject(value)
    missing = set(values) - seen
    if missing:
        sys.exit("no such fields: " + ", ".join(sorted(missing)))
    acro[NameObject("/NeedAppearances")] = BooleanObject(True)
    with open(target, "wb") as f:
        writer.write(f)


main()
