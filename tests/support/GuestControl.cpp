#include "support/GuestControl.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>

namespace Vireo::Test {

GuestControl::GuestControl(const QString &socketPath)
    : m_path(socketPath)
{
}

bool GuestControl::connectToGuest(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_socket.connectToServer(m_path);
        if (m_socket.waitForConnected(1000))
            return true;
        m_socket.abort();
        QTest::qWait(100); // the socket appears when QEMU starts
    }
    return false;
}

QString GuestControl::run(const QString &command, int timeoutMs)
{
    if (m_socket.state() != QLocalSocket::ConnectedState && !connectToGuest())
        return {};
    const QByteArray marker = "__VIREO_END_" + QByteArray::number(++m_sequence) + "__";
    // The guest's shell reads until end of line; the marker tells where the output ends.
    m_socket.write(command.toUtf8() + "; echo " + marker + "\n");
    m_socket.flush();
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (!out.contains(marker + "\n")) {
        if (deadline.hasExpired())
            return {};
        if (m_socket.bytesAvailable() == 0
            && !m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            continue;
        out += m_socket.readAll();
    }
    out.truncate(out.indexOf(marker));
    // The port may still hold the ends of earlier commands' output; keep only this one's.
    const int previous = out.lastIndexOf("__\n");
    if (previous >= 0)
        out = out.mid(previous + 3);
    return QString::fromUtf8(out);
}

QString GuestControl::runServing(const QString &command, int timeoutMs)
{
    const QString file = QStringLiteral("/tmp/serving-%1").arg(++m_serving);
    // (In a subshell: run() appends "; echo", and "&;" is no command.)
    run(QStringLiteral("( { ( %1 ) > %2.out 2>&1; touch %2.ok; } & )").arg(command, file));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        QTest::qWait(250);
        const QString out
            = run(QStringLiteral("[ -f %1.ok ] && cat %1.out && echo END-OF-OUTPUT").arg(file));
        if (out.contains(QStringLiteral("END-OF-OUTPUT")))
            return out;
    }
    return {};
}

} // namespace Vireo::Test
