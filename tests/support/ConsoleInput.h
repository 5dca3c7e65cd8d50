#pragma once

// Input the console tests give as a user would: files dropped on the screen, a line typed into
// the text console; and waiting for the console window's screen to connect.

#include "display/DisplaySession.h"
#include "ui/console/ConsoleWindow.h"
#include "ui/console/TerminalView.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTest>
#include <QUrl>

namespace Vireo::Test {

/// Files dropped on the console's screen, as a file manager's drag does.
inline void dropFiles(QWidget *view, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint at = view->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &enter);
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &dropped);
}

/// Waits until the console window's screen is connected (20 s at most).
inline bool screenConnected(Ui::ConsoleWindow &window)
{
    return QTest::qWaitFor(
        [&] {
            return window.session()
                   && window.session()->state() == DisplaySession::State::Connected;
        },
        20000);
}

/// A command line typed into the terminal, then Return.
inline void typeLine(Ui::TerminalView *term, const QString &command)
{
    QTest::keyClicks(term, command);
    QTest::keyClick(term, Qt::Key_Return);
}

} // namespace Vireo::Test
