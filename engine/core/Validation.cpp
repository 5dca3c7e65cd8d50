#include "core/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace Vireo {

namespace {

/// Translation context for this file's user-visible text.
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

/// scheme[+transport]://rest, the scheme starting with a letter, letters and digits only, no
/// white space anywhere. (Written out rather than a regular expression: this runs as every
/// connection opens, and PCRE2 would be mapped at start-up for it alone.)
bool hasUriShape(const QString &uri)
{
    const auto isAlnum = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
               || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
               || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    const qsizetype separator = uri.indexOf(QStringLiteral("://"));
    if (separator <= 0 || !uri.front().isLetter() || uri.front().unicode() > 127)
        return false;
    const QStringView scheme = QStringView(uri).left(separator);
    const qsizetype plus = scheme.indexOf(QLatin1Char('+'));
    for (qsizetype i = 0; i < scheme.size(); ++i) {
        if (i == plus && i + 1 < scheme.size())
            continue;
        if (!isAlnum(scheme[i]))
            return false;
    }
    for (QChar c : uri) {
        if (c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QString validateConnectionUri(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return ValidationText::tr(
            "The connection address is empty. Enter a libvirt URI such as qemu:///system.");
    if (!hasUriShape(trimmed))
        return ValidationText::tr("'%1' is not a libvirt URI. It should look like qemu:///system, "
                                  "qemu:///session or qemu+ssh://user@host/system.")
            .arg(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return ValidationText::tr("'%1' is not a valid URI: %2").arg(trimmed, url.errorString());
    return {};
}

QString validateDomainName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return ValidationText::tr("A virtual machine needs a name.");
    if (name.contains(QLatin1Char('/')))
        return ValidationText::tr("The name '%1' cannot be used: a name cannot contain '/'.")
            .arg(name);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return ValidationText::tr(
                "The name cannot contain control characters such as tabs or new lines.");
    }
    if (name.toUtf8().size() > 200)
        return ValidationText::tr("The name is too long (at most 200 bytes).");
    return {};
}

bool isLocalUri(const QString &uri)
{
    const QUrl url(uri);
    return url.host().isEmpty() && !url.scheme().contains(QLatin1Char('+'));
}

bool isSessionUri(const QString &uri)
{
    return QUrl(uri).path() == QLatin1String("/session");
}

quint64 parseSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1String("IB")))
        t.chop(2);
    else if (t.endsWith(QLatin1Char('B')) && t.size() > 1 && !t.at(t.size() - 2).isDigit())
        t.chop(1); // "GB" as "G"
    double factor = 1024.0 * 1024;
    if (!t.isEmpty() && QStringLiteral("KMGT").contains(t.back())) {
        const int power = QStringLiteral("KMGT").indexOf(t.back()) + 1;
        factor = 1;
        for (int i = 0; i < power; ++i)
            factor *= 1024;
        t.chop(1);
    }
    bool ok = false;
    const double value = t.trimmed().toDouble(&ok);
    if (!ok || value <= 0 || t.trimmed().startsWith(QLatin1Char('+')))
        return 0;
    return quint64(value * factor);
}

QString sizeText(quint64 bytes)
{
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 1024)
        return ValidationText::tr("%n byte(s)", nullptr, int(bytes));
    double value = double(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    // Whole numbers without decimals; else one decimal, in the user's locale (1,5 GiB in German).
    const bool whole = qFuzzyCompare(value, double(qRound64(value)));
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return QStringLiteral("%1 %2").arg(whole ? locale.toString(qRound64(value))
                                             : locale.toString(value, 'f', 1),
                                       QLatin1String(units[unit]));
}

QString validateLocalFolder(const QString &folder)
{
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        return ValidationText::tr("Name the folder by its full path (/srv/share).");
    const QFileInfo info(folder);
    if (!info.exists())
        return ValidationText::tr("There is no folder %1.").arg(folder);
    if (!info.isDir())
        return ValidationText::tr("%1 is a file, not a folder.").arg(folder);
    if (!info.isReadable() || !info.isExecutable())
        return ValidationText::tr("Vireo cannot read %1 (its permissions).").arg(folder);
    return {};
}

} // namespace Vireo
