"""Regenerate schemas/documentation/<table>.md from each Table Schema (table-schema-to-markdown, as
schema.data.gouv.fr does). Run after any change to schemas/*.schema.json; a test fails while they differ.

    .venv/bin/python scripts/schema_docs.py
"""

from assets.lib.datagouv_schemas import write_documentation

if __name__ == "__main__":
    for path in write_documentation():
        print(path)
