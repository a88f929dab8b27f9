"""Every row of the role × operation table (desktop/security/roles.py OPERATIONS) for each of the four
roles, calling the core function directly — never the CLI or a page — so a check left to a
caller, or removed, fails here: a role the table allows must succeed, any other gets AuthError."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from db.schema import open_database
from desktop.security import audit_log, signing, trust
from desktop.system import backups
from desktop.security.auth import ROLE_LABELS, User, login
from desktop.entry.service import EntryService
from desktop.errors import AuthError
from desktop.exchange.export import SignOff, export_period, set_review_required
from desktop.exchange.merge import merge_files
from desktop.plan.store import active_plan
from desktop.plan.workbook_export import export_plan
from desktop.plan.workbook_import import import_plan
from desktop.system.provision import initialise
from desktop.unit import unit_of
from desktop.registers import privacy, records
from desktop.registers.error_book import write_error_workbook
from desktop.registers.export import export_register
from desktop.registers.importer import open_source, run_import
from desktop.registers.query import matching_ids, search_spec
from desktop.district.report import make_report
from desktop.security.roles import OPERATIONS, role_may
from desktop.security.users import add_user, reset_password

ROLES = list(ROLE_LABELS)
OFFICE_PASS, DISTRICT_PASS = "key-pass-2023", "district-2023"
ADMIN = User("张三", "admin")
SUPERVISOR = User("区汇总员", "supervisor")
PERSON_ID = "11010519491231002X"
GOOD_CSV = f"姓名,公民身份号码,社区,登记日期\n孙八,{PERSON_ID},颐和路社区,2023-03-05\n"
BAD_CSV = "姓名,公民身份号码,社区,登记日期\n周九,110105194912310021,颐和路社区,2023-03-05\n"


def _user(role: str) -> User:
    return User(f"{role}用户", role)


def _copy(src: Path, dst: Path) -> Path:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()
    return dst


def _version_2(src: Path, out: Path) -> Path:
    wb = openpyxl.load_workbook(src)
    readme = wb["说明"]
    row = next(r for r in range(1, readme.max_row + 1) if readme.cell(r, 1).value == "版本")
    readme.cell(row, 2).value = 2
    wb.save(out)
    return out


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """An office and a district database, and the files the operations need, built once."""
    root = tmp_path_factory.mktemp("roles")
    office, district = root / "宁海路街道.sqlite", root / "区.sqlite"
    initialise(office, district=False, office_code="NHL", admin="张三", password="abc12345",
               passphrase=OFFICE_PASS)
    initialise(district, district=True, office_code=None, admin="区汇总员", password="abc12345",
               passphrase=DISTRICT_PASS)
    db = open_database(office)
    for role in ROLES:   # the 审核人 of an export logs in with their own password
        add_user(db, ADMIN, _user(role).name, role, "role-pass-2023")
    pub = signing.export_public_key(db, root / "宁海路街道.pub", user=ADMIN)
    db.close()
    # the district's next plan version: edited (unsigned) for the district, signed for the office
    db = open_database(district)
    export_plan(db, active_plan(db), root / "v1.xlsx", user=SUPERVISOR, passphrase=DISTRICT_PASS)
    db.close()
    edited = _version_2(root / "v1.xlsx", root / "v2-edited.xlsx")
    scratch = _copy(district, root / "区-第2版.sqlite")
    db = open_database(scratch)
    import_plan(db, edited, user=SUPERVISOR)
    signed = export_plan(db, active_plan(db), root / "v2-signed.xlsx", user=SUPERVISOR, passphrase=DISTRICT_PASS)
    db.close()
    (root / "good.csv").write_text(GOOD_CSV, encoding="utf-8")
    (root / "bad.csv").write_text(BAD_CSV, encoding="utf-8")
    (root / "nothing-to-merge").mkdir()
    return {"office": office, "district": district, "pub": pub, "edited": edited, "signed": signed.path,
            "district_fp": signed.fingerprint, "good": root / "good.csv", "bad": root / "bad.csv",
            "empty": root / "nothing-to-merge"}


class Ctx:
    """Fresh copies of both databases for one case; connections opened on first use."""

    def __init__(self, templates, tmp: Path):
        self.t, self.tmp = templates, tmp
        tmp.mkdir(parents=True, exist_ok=True)
        self.office_path = _copy(templates["office"], tmp / "宁海路街道.sqlite")
        self.district_path = _copy(templates["district"], tmp / "区.sqlite")
        self._open = {}

    def db(self, which: str):
        if which not in self._open:
            self._open[which] = open_database(self.office_path if which == "office" else self.district_path)
        return self._open[which]

    @property
    def office(self):
        return self.db("office")

    @property
    def district(self):
        return self.db("district")

    def close(self):
        for db in self._open.values():
            db.close()
        self._open.clear()


@pytest.fixture
def ctx(templates, tmp_path):
    c = Ctx(templates, tmp_path)
    yield c
    c.close()


def _plan(db):
    return active_plan(db)


def _person(ctx, user=ADMIN) -> int:
    plan = _plan(ctx.office)
    return records.save_record(ctx.office, plan, plan.register("unemployed"), "NHL",
                               {"name": "孙八", "id_number": PERSON_ID, "community": "颐和路社区",
                                "registered_on": "2023-03-05"}, user=user)


def _import(ctx, csv: Path, user: User):
    plan = _plan(ctx.office)
    register = plan.register("unemployed")
    source = open_source(csv, register)
    return source, run_import(ctx.office, plan, register, "NHL", source, user=user)


def _sign_off(reviewer: str = "李审核") -> SignOff:
    return SignOff("王填报", reviewer, "赵主任", "025-84561234")


def _export(ctx, user: User, reviewer_password: str | None = None, reviewer: str = "李审核"):
    plan = _plan(ctx.office)
    return export_period(ctx.office, plan, unit_of(ctx.office), user, "2023-03", out=ctx.tmp / "报送.xlsx",
                         sign_off=_sign_off(reviewer), passphrase=OFFICE_PASS, reviewer_password=reviewer_password)


def _approve(ctx, user: User):
    """The administrator exports; the 审核人 named on the cover confirms with their own password."""
    set_review_required(ctx.office, True, user=ADMIN)
    _export(ctx, ADMIN, reviewer_password="role-pass-2023", reviewer=user.name)


def _unemployed(ctx):
    return _plan(ctx.office).register("unemployed")


def _training(ctx, user: User) -> int:
    register = _unemployed(ctx)
    return records.save_log_row(ctx.office, _plan(ctx.office), register, register.logs[0], _person(ctx), {
        "date": "2023-05-06", "course": "电工", "hours": "40", "certified": "是"}, user=user)


def _office_key(ctx) -> bytes:
    return signing.active_key(ctx.office).public_raw


def _trusted(ctx) -> str:
    return trust.add_key_file(ctx.district, ctx.t["pub"], "NHL", user=SUPERVISOR).fingerprint


def _restore(ctx, user: User):
    ctx.close()
    backups.restore(ctx.office_path, ctx.t["office"], user=user, expected_unit="NHL")


CALLS = {
    "entry set": lambda c, u: EntryService(c.office, _plan(c.office), unit_of(c.office), u).set_text(
        "new_jobs", "2023-03", "5"),
    "register edit": (lambda c, u: _person(c, u),
                      lambda c, u: records.delete_record(c.office, _unemployed(c), _person(c), user=u, reason="重复登记"),
                      lambda c, u: _training(c, u),
                      lambda c, u: records.delete_log_row(c.office, _unemployed(c), _unemployed(c).logs[0],
                                                          _training(c, ADMIN), user=u)),
    "register import": lambda c, u: _import(c, c.t["good"], u),
    "register export": lambda c, u: export_register(c.office, _plan(c.office), "unemployed", "NHL",
                                                    c.tmp / "台账.xlsx", user=u),
    "register import --errors": lambda c, u: write_error_workbook(
        c.office, c.tmp / "未导入.xlsx", *_import(c, c.t["bad"], ADMIN), user=u,
        register=_plan(c.office).register("unemployed")),
    "export": lambda c, u: _export(c, u),
    "审核人确认": _approve,
    "key show": lambda c, u: signing.show_key(c.office, user=u),
    "key export": lambda c, u: signing.export_public_key(c.office, c.tmp / "公钥.pub", user=u),
    "key rotate": lambda c, u: signing.rotate(c.office, OFFICE_PASS, "Rotated-pass-2024!", user=u),
    "key passwd": lambda c, u: signing.change_passphrase(c.office, OFFICE_PASS, "Changed-pass-2024!", user=u),
    "trust add / revoke": (lambda c, u: trust.add_key_file(c.district, c.t["pub"], "NHL", user=u),
                           lambda c, u: trust.confirm_key(c.district, _office_key(c), "NHL", "宁海路街道", user=u),
                           lambda c, u: trust.revoke(c.district, _trusted(c), None, user=u)),
    "merge": lambda c, u: merge_files(c.district, [], user=u),
    "report": lambda c, u: make_report(c.district, c.tmp / "汇总.xlsx", "2023-03", user=u, passphrase=DISTRICT_PASS,
                                         sign_off=SignOff("王芳", "李强", "赵明", "025-83000000")),
    "plan import (区)": lambda c, u: import_plan(c.district, c.t["edited"], user=u, dry_run=True),
    "plan export (区)": lambda c, u: export_plan(c.district, _plan(c.district), c.tmp / "计划.xlsx", user=u,
                                                passphrase=DISTRICT_PASS),
    "plan import (街道)": lambda c, u: import_plan(c.office, c.t["signed"], user=u,
                                                 trust_fingerprint=c.t["district_fp"], dry_run=True),
    "plan export (街道)": lambda c, u: export_plan(c.office, _plan(c.office), c.tmp / "计划.xlsx", user=u),
    "user add / passwd NAME": (lambda c, u: add_user(c.office, u, "新来的", "clerk", "newcomer-2023"),
                               lambda c, u: reset_password(c.office, u, "clerk用户", "reset-pass-2023")),
    "backup": lambda c, u: backups.take_manual(c.office, c.office_path, user=u, folder=c.tmp / "U盘"),
    "restore": _restore,
    "settings": (lambda c, u: backups.set_folder(c.office, c.tmp / "备份", user=u),
                 lambda c, u: set_review_required(c.office, True, user=u)),
    "审计日志": lambda c, u: audit_log.export(c.office, audit_log.AuditFilter(), c.tmp / "审计.xlsx", user=u),
}
# Operations that show more or less rather than refuse: (context, user) -> whether all was seen.
VIEWS = {"查看完整身份证号"}
PERMISSIONS_OF = {name: perms for name, _, perms in OPERATIONS}


def test_every_operation_of_the_table_is_exercised():
    assert set(CALLS) | VIEWS == set(PERMISSIONS_OF)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_role_may_do_exactly_what_the_table_says(operation, role, templates, tmp_path):
    """Each core function of the operation on fresh databases: done, or refused with AuthError."""
    user, calls = _user(role), CALLS[operation]
    for n, call in enumerate(calls if isinstance(calls, tuple) else (calls,)):
        c = Ctx(templates, tmp_path / str(n))
        try:
            if role_may(role, PERMISSIONS_OF[operation]):
                call(c, user)
            else:
                with pytest.raises(AuthError, match="无权执行"):
                    call(c, user)
        finally:
            c.close()


@pytest.mark.parametrize("role", ROLES)
def test_only_roles_with_view_full_id_see_search_and_export_whole_ids(role, ctx):
    user, allowed = _user(role), role_may(role, PERMISSIONS_OF["查看完整身份证号"])
    rid = _person(ctx)
    register = _plan(ctx.office).register("unemployed")
    found = matching_ids(ctx.office, search_spec(register, "NHL", PERSON_ID[:10], user=user))
    assert found == ([rid] if allowed else [])          # prefix search rebuilt whole IDs before
    assert matching_ids(ctx.office, search_spec(register, "NHL", PERSON_ID, user=user)) == [rid]
    id_field = next(f for f in register.fields if f.type == "cn_id")
    assert (privacy.shown_value(id_field, PERSON_ID, role) == PERSON_ID) == allowed
    if role_may(role, ("export_personal_data",)):
        export_register(ctx.office, _plan(ctx.office), "unemployed", "NHL", ctx.tmp / "台账.xlsx", user=user)
        ws = openpyxl.load_workbook(ctx.tmp / "台账.xlsx").active
        header = [c.value for c in ws[1]]
        assert (ws.cell(2, header.index("公民身份号码") + 1).value == PERSON_ID) == allowed


def test_a_bare_user_name_is_refused_by_the_core(ctx):
    """The core takes the logged-in User: a name string (the old API) does not pass as one."""
    with pytest.raises(AuthError, match="登录"):
        signing.rotate(ctx.office, OFFICE_PASS, "Rotated-pass-2024!", user="张三")
    with pytest.raises(AuthError, match="登录"):
        _person(ctx, user="张三")


def test_a_clerk_cannot_reset_a_password_or_rotate_the_key_and_locks_nobody_out(ctx):
    clerk = login(ctx.office, _user("clerk").name, "role-pass-2023")
    with pytest.raises(AuthError, match="更换签名密钥"):
        signing.rotate(ctx.office, OFFICE_PASS, "Rotated-pass-2024!", user=clerk)
    with pytest.raises(AuthError, match="更换签名密钥"):
        signing.change_passphrase(ctx.office, OFFICE_PASS, "Changed-pass-2024!", user=clerk)
    with pytest.raises(AuthError, match="管理用户"):
        reset_password(ctx.office, clerk, "张三", "taken-over-2023")
    signing.signer(ctx.office, OFFICE_PASS)              # the administrator's passphrase still unlocks
    assert login(ctx.office, "张三", "abc12345").role == "admin"
