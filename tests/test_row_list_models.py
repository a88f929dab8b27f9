"""The list-backed tables share one RowListModel: counting, headers and a reset in one place."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ui.models.district_progress_model import OfficeBreakdownModel
from ui.models.export_history import ExportHistoryModel
from ui.models.row_list import RowListModel
from ui.models.trusted_keys import TrustedKeysModel
from ui.models.merge_results import MergeResultsModel
from ui.models.district_progress_model import DistrictProgressModel
from ui.pages.audit_page import AuditModel
from ui.pages.settings_page import RowsModel

LIST_MODELS = (ExportHistoryModel, AuditModel, RowsModel, OfficeBreakdownModel, TrustedKeysModel,
               MergeResultsModel, DistrictProgressModel)


@pytest.mark.parametrize("model", LIST_MODELS, ids=lambda m: m.__name__)
def test_a_list_model_counts_and_heads_through_row_list(model):
    assert issubclass(model, RowListModel)
    own = {"rowCount", "columnCount", "headerData"} & set(vars(model))
    assert own == set(), f"{model.__name__} re-implements {own}"


def test_rows_model_shows_its_page_translated_headers_as_given(qtbot):
    model = RowsModel(("用户名", "角色"))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.reset([("张三", "管理员")])
    assert resets == [1] and model.rowCount() == 1 and model.columnCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "角色"
    assert model.index(0, 1).data() == "管理员"


def test_export_history_model_keeps_its_headers_and_rows():
    row = {"period": "2023-03", "revision": 2, "exported_at": "2023-04-02T09:00:00", "exported_by": "张三",
           "file_path": "/tmp/宁海路街道_2023-03_第2版.xlsx", "digest": "ab" * 32}
    model = ExportHistoryModel([row])
    assert model.rowCount(QModelIndex()) == 1 and model.columnCount() == 6
    assert model.headerData(5, Qt.Orientation.Horizontal) == "SHA-256"
    assert model.index(0, 4).data() == "宁海路街道_2023-03_第2版.xlsx"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "ab" * 32
