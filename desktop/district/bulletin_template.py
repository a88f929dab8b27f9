"""The 通报's wording: resources/bulletin/template.toml as shipped, or the district's own copy in
the per-user data folder (bulletin/template.toml), which overrides it key by key.

Placeholders are filled by name only ({district}, {year}, {month}, {day}); anything else in
braces stays as written, so an edited template can never reach into the program's objects."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from desktop.errors import UserError
from desktop.system.paths import data_dir, resources_dir
from desktop.messages import QT_TRANSLATE_NOOP


def shipped_template_path() -> Path:
    return resources_dir() / "bulletin" / "template.toml"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def user_template_path() -> Path:
    return data_dir() / "bulletin" / "template.toml"


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("core", "通报模板 {0} 无法读取：{1}。请改正该文件，或删除它以使用随程序发布的模板"), path, exc) from exc


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return out


def load_template(path: Path | None = None) -> dict:
    """The shipped template with the district's copy (or ``path``) laid over it."""
    template = _read(shipped_template_path())
    own = Path(path) if path else user_template_path()
    if own.is_file():
        template = _merge(template, _read(own))
    return template


def fill(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), str(text))
