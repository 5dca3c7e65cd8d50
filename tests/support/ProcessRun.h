#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Vireo::Test {

/// How a program run by a test ended: its exit code (-1 when it crashed or timed out) and what it
/// printed.
struct ProcessRun
{
    int code = -1;
    QString out; // with MergedChannels, stderr too
    QString err;
};

/// Runs a program to its end, at most timeoutMs, in this environment (the test's by default),
/// with `input` on its standard input.
inline ProcessRun
runProcess(const QString &program, const QStringList &args, int timeoutMs = 120000,
           QProcess::ProcessChannelMode mode = QProcess::SeparateChannels,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
           const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(mode);
    p.setProcessEnvironment(env);
    p.start(program, args);
    // What it reads on its standard input (a password: never on its command line).
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace Vireo::Test
