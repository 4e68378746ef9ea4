"""The dialog that asks how to write an animation: format, width, frame rate and duration."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lossstudio.model import recording
from lossstudio.ui.record.renderer import frame_height

#: (format, file ending) in the order offered
KINDS = (("gif", ".gif"), ("apng", ".png"), ("webp", ".webp"))


class ExportDialog(QDialog):
    """Format, width, frame rate and duration of one animation.

    ``describe(seconds)`` says what the animation shows for a duration (one plain-text line);
    ``aspect`` is the frames' height over width (the window's shape).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        describe: Callable[[float], str],
        seconds: float,
        max_seconds: float,
        width: int,
        aspect: float,
        fps: int = 20,
        kind: str = "gif",
    ):
        super().__init__(parent)
        self.setObjectName("record.dialog")
        self.describe, self.aspect = describe, aspect
        self.what = QLabel(objectName="record.what", wordWrap=True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox(objectName="record.kind")
        for name, _ending in KINDS:
            self.kind.addItem("", name)
        self.kind.setCurrentIndex([name for name, _ in KINDS].index(kind))
        self.width_box = QSpinBox(objectName="record.width")
        self.width_box.setRange(int(recording.WIDTH.minimum), int(recording.WIDTH.maximum))
        self.width_box.setSingleStep(160)
        self.width_box.setValue(min(max(width, self.width_box.minimum()), self.width_box.maximum()))
        self.fps_box = QSpinBox(objectName="record.fps")
        self.fps_box.setRange(int(recording.FPS.minimum), int(recording.FPS.maximum))
        self.fps_box.setValue(fps)
        self.seconds_box = QDoubleSpinBox(objectName="record.seconds")
        self.seconds_box.setDecimals(1)
        top = max(recording.SECONDS.minimum, min(max_seconds, recording.SECONDS.maximum))
        self.seconds_box.setRange(recording.SECONDS.minimum, top)
        self.seconds_box.setSingleStep(1.0)
        self.seconds_box.setValue(min(max(seconds, recording.SECONDS.minimum), top))
        self.summary = QLabel(objectName="record.summary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.kind, self.width_box, self.fps_box, self.seconds_box), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        for box in (self.width_box, self.fps_box):
            box.valueChanged.connect(self._update)
        self.seconds_box.valueChanged.connect(self._update)
        self.kind.currentIndexChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export animation"))
        self.kind.setItemText(0, self.tr("Animated GIF (.gif)"))
        self.kind.setItemText(1, self.tr("Animated PNG (APNG, .png)"))
        self.kind.setItemText(2, self.tr("Animated WebP (.webp)"))
        texts = (self.tr("&Format:"), self.tr("&Width:"), self.tr("F&rame rate:"))
        for label, text in zip(self.labels, (*texts, self.tr("&Duration:")), strict=True):
            label.setText(text)
        self.width_box.setSuffix(self.tr(" px"))
        self.fps_box.setSuffix(self.tr(" frames/s"))
        self.seconds_box.setSuffix(self.tr(" s"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save…"))
        self._update()

    def _update(self) -> None:
        self.what.setText(self.describe(self.seconds()))
        frames = recording.frame_count(self.fps(), self.seconds())
        width = self.width()
        self.summary.setText(
            self.tr("{frames} frames of {width} × {height} pixels, drawn from the states.").format(
                frames=frames, width=width, height=frame_height(width, self.aspect)
            )
        )
        too_many = frames > recording.MAX_FRAMES
        height = frame_height(width, self.aspect)
        memory = recording.webp_bytes(width, height, frames)
        too_big = self.kind_name() == "webp" and memory > recording.WEBP_BYTES
        if too_many:
            self.summary.setText(
                self.tr("{frames} frames is too many: at most {limit}.").format(
                    frames=frames, limit=recording.MAX_FRAMES
                )
            )
        elif too_big:
            self.summary.setText(
                self.tr(
                    "A WebP keeps every frame in memory until it is written: {need} MB, at "
                    "most {limit} MB. Choose GIF or APNG (written frame by frame), fewer "
                    "frames or a smaller width."
                ).format(need=round(memory / 2**20), limit=round(recording.WEBP_BYTES / 2**20))
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not (too_many or too_big)
        )

    # --- the choices ---------------------------------------------------------------------------
    def kind_name(self) -> str:
        return self.kind.currentData()

    def ending(self) -> str:
        return dict(KINDS)[self.kind_name()]

    def width(self) -> int:
        return self.width_box.value()

    def fps(self) -> int:
        return self.fps_box.value()

    def seconds(self) -> float:
        return self.seconds_box.value()
