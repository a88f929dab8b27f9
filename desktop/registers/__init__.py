"""Registers (台账): plan-defined case lists, their child logs, search, import and export.

Where things are:
  field_types.py  every field type defined once (parse, read back, display, SQL type, workbook
                  column and cell, form editor, header names); ``of(field)``. A new type: one class
  value_text.py   the small readers they share (text, numbers, dates) and ValueProblem
  schema.py       plan register -> SQLite table ``reg_<id>`` (+ ``reg_<id>__<log>``); ensure_tables
  values.py       one field's value: parse (typed text or Excel cell) -> stored; typed(); display()
  validation.py   check a record or log row against its fields (form, import and CLI alike)
  records.py      save / soft-delete with reason / read; the API export and merge read through:
                  fields_in_order(register), iter_records(db, plan, register_id, office),
                  iter_log_rows(db, plan, register_id, log_id, office)
  query.py        the table page's search, filters and sort (whitelisted columns)
  privacy.py      who may see whole ID numbers
  importer.py     read a clerk's .xlsx/.xls/.csv, check every row, import in one transaction
  layout.py, column_match.py, sheet_source.py, error_book.py   the import's parts
  export.py       a register as an .xlsx with text ID and phone columns
  sample_data.py  demo records and the 200,000-row benchmark register
  cn_id.py        resident ID numbers: normalise, validate, upgrade 15 → 18, mask
  personal_export.py  every file that takes personal data out, audited
"""
