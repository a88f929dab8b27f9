"""The 台账 page reads a register once when first opened, a second click on a header reverses
what it has, and a save tells the view about that record's row alone (no reset of every row)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.security.auth import User
from desktop.registers import query, records
from desktop.session import Session
from ui.pages.register_page import RegisterPage

ADMIN = User("张三", "admin")
PEOPLE = [("王伟", "11010519491231002X"), ("李娜", "110105195001010020"), ("张敏", "110105195102020025"),
          ("王芳", "11010519520303002X"), ("刘洋", "110105195304040024")]


def _add(session, name, number, record_id=None):
    return records.save_record(session.db, session.plan, session.plan.register("unemployed"), "NHL",
                               {"name": name, "id_number": number, "community": "颐和路社区",
                                "registered_on": "2023-03-05"}, user=ADMIN, record_id=record_id)


def _ordered_queries(db) -> list[str]:
    seen: list[str] = []
    db.conn.set_trace_callback(lambda sql: seen.append(sql) if "ORDER BY" in sql else None)
    return seen


def _page(qtbot, office_db_path, office_db):
    session = Session.start(office_db_path, office_db, ADMIN)
    ids = [_add(session, *p) for p in PEOPLE]
    seen = _ordered_queries(office_db)
    page = RegisterPage(session, None, session.plan.register("unemployed"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, session, ids, seen


def test_first_open_reads_the_register_once(qtbot, office_db_path, office_db):
    page, _, ids, seen = _page(qtbot, office_db_path, office_db)
    assert page.model.ids == ids
    assert len([s for s in seen if "SELECT id FROM" in s]) == 1, seen
    assert page.model.total == len(PEOPLE)


def test_the_other_way_round_is_the_same_order_reversed(qtbot, office_db_path, office_db):
    page, session, _, seen = _page(qtbot, office_db_path, office_db)
    column = page.model.columns.index("name")
    page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    ascending = list(page.model.ids)
    before = len(seen)
    page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert len(seen) == before                              # no query for the second click
    spec = query.search_spec(session.plan.register("unemployed"), "NHL", sort="name", descending=True, user=ADMIN)
    assert page.model.ids == query.matching_ids(session.db, spec) == ascending[::-1]
    new_id = _add(session, "安然", "110105195405050029")    # the data changed: read again
    page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    reads = [s for s in seen if "SELECT id FROM" in s]        # (the district's comments are read again too)
    assert new_id in page.model.ids and reads[-1].endswith("ORDER BY name ASC, id ASC")


def test_a_save_updates_only_its_row(qtbot, office_db_path, office_db):
    page, session, ids, _ = _page(qtbot, office_db_path, office_db)
    resets, changed, inserted = [], [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    page.model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    row = 2
    assert page.model.index(row, page.model.columns.index("name")).data() == "张敏"
    _add(session, "张敏敏", PEOPLE[row][1], record_id=ids[row])
    page.reload(ids[row])
    assert resets == [] and changed == [(row, row)]
    assert page.model.index(row, page.model.columns.index("name")).data() == "张敏敏"
    new_id = _add(session, "赵磊", "110105195506060023")
    page.reload(new_id)
    assert resets == [] and inserted == [(len(PEOPLE), len(PEOPLE))]
    assert page.model.ids[-1] == new_id and page.model.total == len(PEOPLE) + 1


def test_an_edit_that_changes_the_sort_order_moves_its_row_and_keeps_the_selection(qtbot, office_db_path, office_db):
    page, session, ids, _ = _page(qtbot, office_db_path, office_db)
    name = page.model.columns.index("name")
    page.view.sortByColumn(name, Qt.SortOrder.AscendingOrder)
    resets, moved = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.rowsMoved.connect(lambda _p, first, last, _d, dest: moved.append((first, dest)))
    watched = ids[1]                                        # 李娜: selected while another record changes
    page.view.selectRow(page.model.row_of(watched))
    last = page.model.ids[-1]
    _add(session, "丁香", dict(PEOPLE)[page.model.index(len(ids) - 1, name).data()], record_id=last)
    page.model.refresh(changed=last)
    assert resets == [] and len(moved) == 1
    assert page.model.ids[0] == last and page.model.index(0, name).data() == "丁香"
    assert sorted(page.model.ids) == sorted(ids)
    selected = [page.model.record_id(i.row()) for i in page.view.selectionModel().selectedRows()]
    assert selected == [watched]                            # the clerk's selection stayed on its record


def test_a_save_elsewhere_keeps_the_selection_and_a_delete_removes_one_row(qtbot, office_db_path, office_db):
    page, session, ids, _ = _page(qtbot, office_db_path, office_db)
    resets, removed = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    page.view.selectRow(3)
    _add(session, "李娜娜", PEOPLE[1][1], record_id=ids[1])
    page.model.refresh(changed=ids[1])
    assert [i.row() for i in page.view.selectionModel().selectedRows()] == [3]
    records.delete_record(session.db, session.plan.register("unemployed"), ids[0], user=ADMIN,
                          reason="重复登记", plan=session.plan)
    page.reload()
    assert resets == [] and removed == [(0, 0)]
    assert [page.model.record_id(i.row()) for i in page.view.selectionModel().selectedRows()] == [ids[3]]
