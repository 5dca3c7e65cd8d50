#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace Vireo::App {

struct Options
{
    QStringList connectUris; // --connect, in order given
    bool readOnly = false;
    QString showConsole; // --show-console NAME
};

/// Vireo's command line: --connect URI (repeatable), --readonly, --help, --version.
class CommandLine
{
public:
    CommandLine();
    /// Parses; on --help or --version prints and exits, on a bad option prints why and exits 2.
    Options parse(const QStringList &arguments);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_connect;
    QCommandLineOption m_readOnly;
    QCommandLineOption m_showConsole;
};

} // namespace Vireo::App
