"""The district's month end on a real case (tests/district_case.py): the complete report, the
chase list, the 通报, and what the window and the command line make of them."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
import python_calamine
from docx import Document

from db import exports
from desktop.security.auth import User
from desktop.district import report_rows
from desktop.district.bulletin import draft
from desktop.district.bulletin_docx import write_bulletin
from desktop.district.bulletin_template import fill, user_template_path
from desktop.district.chase import chase_list, chase_text
from desktop.district.statuses import pace_label
from desktop.district.report import make_report
from desktop.entry.service import EntryService
from desktop.errors import AuthError
from desktop.exchange.export import SignOff
from desktop.main import main
from desktop.plan.store import active_plan
from desktop.unit import unit_of
from desktop.exchange.workbook.reader import read_signed

from district_case import SIGNERS, SUPERVISOR, build_case

PERIOD, TODAY = "2023-02", date(2023, 3, 20)
PASSPHRASE = "district-pass-1"


@pytest.fixture
def case(tmp_path):
    district, db, offices = build_case(tmp_path)
    yield district, db
    db.close()


def sheet(path, name):
    return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def report(db, out, signers=SIGNERS):
    return make_report(db, out, PERIOD, user=SUPERVISOR, passphrase=PASSPHRASE, sign_off=SignOff(*signers), today=TODAY)


def test_every_plan_indicator_is_in_the_report_and_office_sums_equal_the_district(case, tmp_path):
    _, db = case
    plan = active_plan(db)
    out = tmp_path / "汇总.xlsx"
    report(db, out)
    reading = read_signed(out)
    assert reading.status == "intact"
    every = [i.id for i in plan.indicators]
    assert sorted(r[0] for r in reading.sheets["指标进度"][1:]) == sorted(every)
    progress = {r[0]: r for r in sheet(out, "全区进度")[1:]}
    assert sorted(progress) == sorted(every) and len(every) == 77
    header = sheet(out, "全区进度")[0]
    col = {h: n for n, h in enumerate(header)}
    assert progress["fiscal_revenue"][col["累计"]] == pytest.approx(9.9)          # the district's own entries
    assert progress["fiscal_revenue"][col["报送街道"]] == "区级填报"
    assert progress["new_jobs"][col["较上月"]].endswith("个百分点")
    assert progress["unemployment_rate"][col["方向"]] == "≤"
    assert progress["petitions_resolved"][col["阶段截止"]] == "2023-10"           # the stage in force
    # 分街道: each summed indicator's offices add up to the 全区 column
    rows = sheet(out, "分街道")
    head = rows[0]
    offices = [n for n, h in enumerate(head) if h not in ("编号", "指标", "单位", "全区")]
    summed = {i.id for i in plan.indicators if i.sums_over_months}
    checked = 0
    for r in rows[1:]:
        if r[0] in summed and r[head.index("全区")] != "":
            assert sum(r[n] for n in offices if r[n] != "") == r[head.index("全区")]
            checked += 1
    assert checked >= 4
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["new_jobs"][head.index("全区")] == 300 + 170 + 50          # 湖南路's refused file counts nothing
    cover = dict((r[0], r[1]) for r in sheet(out, "封面"))
    assert (cover["填报人"], cover["审核人"], cover["单位负责人"], cover["联系电话"]) == SIGNERS
    assert reading.meta["filler"] == "王芳" and reading.meta["phone"] == "025-83000000"     # inside the signature


def test_an_office_that_sent_nothing_is_never_counted_behind(case, tmp_path):
    _, db = case
    plan, unit = active_plan(db), unit_of(db)
    view = report_rows.build(db, plan, unit, PERIOD)
    silent = {"HNL", "JD", "XS"}                       # refused, and two that never sent
    for r in view.rows:
        assert not silent & {u.code for u in r.behind}, r.indicator.id
    jobs = view.row("new_jobs")
    assert {u.code for u in jobs.behind} == {"HQL", "ZYM"} and silent <= {u.code for u in jobs.not_reported}
    # an indicator nobody has any figure for is 未报送, not 慢于序时
    assert view.row("home_care_disabled").pace == report_rows.NOT_REPORTED
    out = tmp_path / "汇总.xlsx"
    report(db, out)
    labels = [r[0] for r in sheet(out, "完成率图")]
    assert "湖南路街道（本月未报送）" in labels and "宁海路街道" in labels
    trend = sheet(out, "月度趋势")
    assert trend[2][0] == "2月（缺10）" and trend[2][-2] == 3      # the month says who is missing


def test_completion_averages_cap_each_indicator_at_100_percent(case):
    _, db = case
    plan, unit = active_plan(db), unit_of(db)
    view = report_rows.build(db, plan, unit, PERIOD)
    nhl = [ip.office_percent["NHL"] for ip in view.progress.indicators if ip.office_percent.get("NHL") is not None]
    assert max(nhl) > 100                                 # 宁海路 overshoots one target …
    capped = sum(min(p, Decimal(100)) for p in nhl) / len(nhl)
    assert report_rows.office_scores(view)["NHL"] == capped.quantize(Decimal("0.1"))
    assert report_rows.office_scores(view)["NHL"] < sum(nhl) / len(nhl)          # … which the score does not reward


def test_an_unchanged_second_report_makes_no_revision(case, tmp_path, capsys, monkeypatch):
    district, db = case
    first = report(db, tmp_path / "一.xlsx")
    again = report(db, tmp_path / "二.xlsx")
    assert (again.unchanged, again.revision, again.path) == (True, 1, first.path)
    assert not (tmp_path / "二.xlsx").exists()
    assert len([h for h in exports.history(db, "DISTRICT") if h["period"] == PERIOD]) == 1
    # the command line says so and succeeds
    monkeypatch.setenv("STREET_LEDGER_USER", SUPERVISOR.name)
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", PASSPHRASE)
    signers = ["--filler", SIGNERS[0], "--reviewer", SIGNERS[1], "--head", SIGNERS[2], "--phone", SIGNERS[3]]
    capsys.readouterr()
    # changed content: a district figure and then the signers each make a new revision
    EntryService(db, active_plan(db), unit_of(db), SUPERVISOR).set_text("fiscal_revenue", "2023-02", "5.0")
    assert report(db, tmp_path / "三.xlsx").revision == 2
    assert report(db, tmp_path / "四.xlsx", ("王芳", "李强", "赵明", "025-83000001")).revision == 3
    code = main(["--db", str(district), "report", "--period", PERIOD, "--out", str(tmp_path / "五.xlsx"),
                 *signers[:-1], "025-83000001", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["revision"] in (3, 4)                 # the day (and so 催报) moves on between runs
    if data["unchanged"]:
        assert data["revision"] == 3 and not (tmp_path / "五.xlsx").exists()


def test_report_cli_says_when_unchanged(case, tmp_path, capsys, monkeypatch):
    district, db = case
    monkeypatch.setenv("STREET_LEDGER_USER", SUPERVISOR.name)
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    monkeypatch.setenv("STREET_LEDGER_PASSPHRASE", PASSPHRASE)
    args = ["--db", str(district), "report", "--period", PERIOD, "--filler", "王芳", "--reviewer", "李强",
            "--head", "赵明", "--phone", "025-83000000"]
    assert main(args + ["--out", str(tmp_path / "a.xlsx")]) == 0
    capsys.readouterr()
    assert main(args + ["--out", str(tmp_path / "b.xlsx")]) == 0
    assert "未生成新版本" in capsys.readouterr().out and not (tmp_path / "b.xlsx").exists()
    assert main(args[:-2] + ["--out", str(tmp_path / "c.xlsx")]) == 1      # no phone: refused, nothing written
    assert "联系电话" in capsys.readouterr().err and not (tmp_path / "c.xlsx").exists()


def test_chase_list_states_and_actions(case, tmp_path, capsys, monkeypatch):
    district, db = case
    plan = active_plan(db)
    items = {i.office: i for i in chase_list(db, plan, PERIOD, user=SUPERVISOR, today=TODAY)}
    assert "NHL" not in items
    assert items["HQL"].state == "late"
    assert (items["HNL"].state, items["HNL"].action) == ("refused", "文件内容被改动，请重新导出第2版")
    assert (items["ZYM"].state, items["ZYM"].action) == ("conflict", "同版本内容冲突，请确认后导出新版本（第2版）")
    assert (items["JD"].state, items["JD"].action) == ("missing", "请于3月23日前报送")
    assert len(items) == 12
    before = {i.office: i.state for i in chase_list(db, plan, PERIOD, user=SUPERVISOR, today=date(2023, 3, 2))}
    assert before["JD"] == "pending"                    # before the deadline nobody is 缺报
    # the report carries the same list
    out = tmp_path / "汇总.xlsx"
    report(db, out)
    chase_rows = {r[0]: r for r in sheet(out, "催报清单")[1:]}
    assert chase_rows["ZYM"][2:4] == ["同版本冲突", "同版本内容冲突，请确认后导出新版本（第2版）"]
    assert sheet(out, "报送情况")[4][2] == "拒收（同版本内容冲突）"      # 中央门 stays refused on 报送情况
    # command line: JSON per office, and a workbook of its own
    monkeypatch.setenv("STREET_LEDGER_USER", SUPERVISOR.name)
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    capsys.readouterr()
    book = tmp_path / "催报.xlsx"
    assert main(["--db", str(district), "chase", "--period", PERIOD, "--out", str(book), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert all(set(x) == {"office", "name", "state", "action"} for x in listed)
    assert {x["office"]: x["state"] for x in listed}["HNL"] == "refused"      # --json: the code
    assert "湖南路街道（拒收）" in chase_text(list(items.values()), PERIOD)      # text: the label
    assert [r[0] for r in sheet(book, "催报清单")[1:]] == [x["office"] for x in listed]


def test_a_later_revision_resolves_a_conflict(case, tmp_path):
    from desktop.exchange.merge import merge_files
    from submission_factory import make_submission
    _, db = case
    plan = active_plan(db)
    fixed = make_submission(tmp_path / "office-ZYM.sqlite", tmp_path, period=PERIOD, revision=2, values={"new_jobs": 55})
    assert merge_files(db, [fixed], user=SUPERVISOR)[0].status == "merged"
    items = {i.office: i for i in chase_list(db, plan, PERIOD, user=SUPERVISOR, today=TODAY)}
    assert "ZYM" not in items and items["HNL"].state == "refused"


def test_bulletin_counts_equal_the_report(case, tmp_path, capsys, monkeypatch):
    district, db = case
    out = tmp_path / "汇总.xlsx"
    report(db, out)
    rows = sheet(out, "全区进度")
    pace = rows[0].index("对照序时")
    in_report = {p: sum(1 for r in rows[1:] if r[pace] == pace_label(p)) for p in report_rows.PACES}
    b = draft(db, PERIOD, user=SUPERVISOR, today=TODAY)
    assert b.counts == in_report
    text = b.text()
    assert text.startswith("关于2023年2月份为民工程推进情况的通报")
    assert (f"截至2月底，计划 77 项指标中，{in_report['done']} 项已完成全年目标，超序时 {in_report['ahead']} 项，"
            f"按序时 {in_report['on_pace']} 项，慢于序时 {in_report['slow']} 项。") in text
    assert "按时报送 1 个，迟报 1 个，缺报 9 个，拒收 2 个" in text
    assert "拒收：湖南路街道（内容被改动）、中央门街道（同版本内容冲突）" in text
    assert "排名依据：得分为该街道各项分解指标完成率" in text
    assert "新增就业岗位：" in text and "滞后街道：华侨路街道、中央门街道" in text
    slow_table = b.tables[0][2]
    assert len(slow_table) == in_report["slow"]
    docx_path = write_bulletin(b, tmp_path / "通报.docx")
    doc = Document(str(docx_path))
    assert doc.paragraphs[0].text == "关于2023年2月份为民工程推进情况的通报"
    assert len(doc.tables) == 2 and len(doc.tables[0].rows) == in_report["slow"] + 1
    monkeypatch.setenv("STREET_LEDGER_USER", SUPERVISOR.name)
    monkeypatch.setenv("STREET_LEDGER_PASSWORD", "abc12345")
    capsys.readouterr()
    assert main(["--db", str(district), "bulletin", "--period", PERIOD, "--out", str(tmp_path / "b.docx"), "--text"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("关于2023年2月份") and (tmp_path / "b.docx").is_file()


def test_the_district_edits_the_wording_in_its_own_copy(case):
    _, db = case
    own = user_template_path()
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text('title = "{district}{year}年{month}月为民工程进度通报{__class__}"\n'
                   '[requirements]\nparagraphs = ["请各街道月底前补报。"]\n', encoding="utf-8")
    b = draft(db, PERIOD, user=SUPERVISOR, today=TODAY)
    assert b.title == "区人民政府2023年2月为民工程进度通报{__class__}"        # unknown names stay as written
    assert dict(b.sections)["五、下一步要求"] == ["请各街道月底前补报。"]       # shipped headings still apply
    assert fill("{month}月{x.__class__}", {"month": 2}) == "2月{x.__class__}"


def test_report_bulletin_and_chase_need_the_report_permission(case, tmp_path):
    _, db = case
    clerk = User("填报员", "clerk")
    with pytest.raises(AuthError):
        chase_list(db, active_plan(db), PERIOD, user=clerk)
    with pytest.raises(AuthError):
        draft(db, PERIOD, user=clerk)
    with pytest.raises(AuthError):
        make_report(db, tmp_path / "x.xlsx", PERIOD, user=clerk, passphrase=PASSPHRASE, sign_off=SignOff(*SIGNERS))
    assert not (tmp_path / "x.xlsx").exists()
