"""Exports for sharing a forward pass: an .xlsx workbook of formulas (and filters read back from
it), and CSV of any single table the app shows. No Qt here."""
from .spreadsheet import StageCells, WorkbookError, WorkbookLayout, export_workbook, import_filters, read_layout
from .tables import (
    Table,
    dense_weights_table,
    feature_map_table,
    filter_table,
    input_table,
    output_table,
    pooled_table,
    table_to_csv,
    table_to_csv_text,
)

__all__ = ["StageCells", "WorkbookError", "WorkbookLayout", "export_workbook", "import_filters", "read_layout",
           "Table", "dense_weights_table", "feature_map_table", "filter_table", "input_table", "output_table",
           "pooled_table", "table_to_csv", "table_to_csv_text"]
