"""计划与任务: the whole plan as a tree, and the assignments as an office × indicator table.

The plan is small and fixed while the page is open, so standard item models are enough here."""
from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTabWidget, QTableView, QTreeView, QVBoxLayout, QWidget

from desktop.plan.formatting import number, quantity
from desktop.plan.model import KIND_LABELS
from desktop.plan.report import describe_target
from ui.pages.plan_transfer import PlanTransfer


def _item(text: str, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tip:
        item.setToolTip(tip)
    return item


class PlanPage(QWidget):
    def __init__(self, session):
        super().__init__()
        self.session = session
        plan = session.plan
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("{0}（{1}，第{2}版）").format(plan.title, plan.issuer, plan.version))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(PlanTransfer(session, self))
        tabs = QTabWidget()
        tabs.addTab(self._tree(), self.tr("领域、措施与指标"))
        tabs.addTab(self._assignments(), self.tr("任务分解"))
        layout.addWidget(tabs)

    def _tree(self) -> QTreeView:
        plan, unit = self.session.plan, self.session.unit
        model = QStandardItemModel(0, 5, self)
        model.setHorizontalHeaderLabels([self.tr("名称"), self.tr("类型"), self.tr("全区目标"),
                                         self.tr("本单位任务"), self.tr("说明")])
        for area in plan.areas:
            area_row = [_item(f"{area.name}" + (f"——{area.slogan}" if area.slogan else "")),
                        _item(""), _item(""), _item(""), _item(area.note)]
            model.appendRow(area_row)
            for measure in (m for m in plan.measures if m.area_id == area.id):
                m_row = [_item(measure.name, measure.text), _item(""), _item(""), _item(""), _item("")]
                area_row[0].appendRow(m_row)
                for ind in (i for i in plan.indicators if i.measure_id == measure.id):
                    share = plan.target_for(unit.code, ind.id)
                    if ind.district_only:
                        mine = self.tr("区级填报")
                    elif share is not None:
                        mine = quantity(share, ind.unit)
                    else:
                        mine = self.tr("监测")
                    note = ind.note + (self.tr("（待区里确认）") if ind.confirm else "")
                    m_row[0].appendRow([_item(ind.name), _item(KIND_LABELS[ind.kind]),
                                        _item(describe_target(ind)), _item(mine), _item(note, note)])
        view = QTreeView()
        view.setModel(model)
        view.expandAll()
        view.setAlternatingRowColors(True)
        view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(0, 420)
        for col in (1, 2, 3):
            view.resizeColumnToContents(col)
        return view

    def _assignments(self) -> QTableView:
        plan = self.session.plan
        indicators = [i for i in plan.indicators if i.scope == "office" and i.target is not None]
        model = QStandardItemModel(len(plan.offices) + 1, len(indicators), self)
        model.setHorizontalHeaderLabels([f"{i.name}\n（{i.unit}）" for i in indicators])
        model.setVerticalHeaderLabels([o.name for o in plan.offices] + [self.tr("全区合计")])
        for col, ind in enumerate(indicators):
            for row, office in enumerate(plan.offices):
                share = plan.target_for(office.code, ind.id)
                model.setItem(row, col, _item(number(share)))
            model.setItem(len(plan.offices), col, _item(number(ind.target)))
        view = QTableView()
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.resizeColumnsToContents()
        return view
