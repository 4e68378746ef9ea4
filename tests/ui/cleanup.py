"""A fixture the lesson tests share: the test's window deleted for real afterwards."""

import pytest


@pytest.fixture(autouse=True)
def delete_the_window(request):
    """Delete this test's window for real afterwards: a closed window waiting for its deferred
    delete would otherwise re-render all its (lesson-built) tabs on every later theme change."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window = request.getfixturevalue("window") if "window" in request.fixturenames else None
    yield
    if window is not None:
        window.lessons.close()
        window.close()
        QCoreApplication.processEvents()  # what the window queued for itself runs first
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
