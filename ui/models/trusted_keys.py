"""信任密钥 as a table: the public keys the district accepts, each bound to one office."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.security.trust import TrustedKey

from .row_list import RowListModel

_CTX = "TrustedKeysModel"
HOW_LABELS = {"file": QT_TRANSLATE_NOOP("TrustedKeysModel", "导入公钥文件"),
              "confirmed": QT_TRANSLATE_NOOP("TrustedKeysModel", "电话核对指纹"),
              "rotation": QT_TRANSLATE_NOOP("TrustedKeysModel", "密钥更换声明")}


class TrustedKeysModel(RowListModel):
    CONTEXT = _CTX
    OFFICE, FINGERPRINT, HOW, ADDED, USES, STATE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("TrustedKeysModel", "街道"), QT_TRANSLATE_NOOP("TrustedKeysModel", "指纹"),
               QT_TRANSLATE_NOOP("TrustedKeysModel", "添加方式"), QT_TRANSLATE_NOOP("TrustedKeysModel", "添加日期、添加人"),
               QT_TRANSLATE_NOOP("TrustedKeysModel", "使用次数"), QT_TRANSLATE_NOOP("TrustedKeysModel", "状态"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        k, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(k, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.USES and k.last_used_at:
            return QCoreApplication.translate("TrustedKeysModel", "最近使用：{0}").format(k.last_used_at.replace("T", " "))
        if role == Qt.ItemDataRole.ForegroundRole and (k.revoked or k.retired):
            return QBrush(QColor("#a00000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.USES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(k: TrustedKey, col: int) -> str:
        if col == TrustedKeysModel.OFFICE:
            return f"{k.unit_name}（{k.unit_code}）"
        if col == TrustedKeysModel.FINGERPRINT:
            return k.fingerprint
        if col == TrustedKeysModel.HOW:
            return QCoreApplication.translate(_CTX, HOW_LABELS[k.how]) if k.how in HOW_LABELS else k.how
        if col == TrustedKeysModel.ADDED:
            return QCoreApplication.translate("TrustedKeysModel", "{0}，{1}").format(k.added_at[:10], k.added_by)
        if col == TrustedKeysModel.USES:
            return f"{k.use_count:,}"
        if not k.revoked and k.retired:
            return QCoreApplication.translate("TrustedKeysModel", "已停用：{0} 被新密钥取代，此后收到的文件不再接受").format(
                k.retired_at[:10])
        if not k.revoked:
            return QCoreApplication.translate("TrustedKeysModel", "有效")
        if k.revoke_cutoff:
            return QCoreApplication.translate("TrustedKeysModel", "已吊销：{0} 起收到的文件不再接受").format(k.revoke_cutoff)
        return QCoreApplication.translate("TrustedKeysModel", "已吊销：全部不再接受")
