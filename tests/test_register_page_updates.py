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
