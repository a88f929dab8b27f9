"""A file whose name says one unit while its signer is another (拿错文件或改错文件名).

The signature decides whose figures a file holds; the name is only what a person typed or the
exporting program chose. When the name names another known unit and not the signer, the merge
still goes by the signer but says so, so the supervisor can ask before the wrong office is
chased or credited."""
from __future__ import annotations

from pathlib import Path


def name_warning(path: Path | str, unit_code: str, unit_name: str, names: dict[str, str]) -> str:
    """``names``: unit code -> name of every unit this database knows."""
    stem = Path(path).stem
    if not unit_code or (unit_name and unit_name in stem):
        return ""
    others = sorted((n for c, n in names.items() if n and c != unit_code and n in stem), key=len, reverse=True)
    if not others:
        return ""
    return (f"文件名「{Path(path).name}」写的是{others[0]}，但文件由{unit_name or unit_code}（{unit_code}）签名，"
            f"按签名单位{unit_name or unit_code}处理。请核实是否拿错了文件或改错了文件名")
