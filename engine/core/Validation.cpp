#include "core/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Vireo {

namespace {

/// Translation context for this file's user-visible text.
struct ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

} // namespace

QString validateConnectionUri(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return ValidationText::tr(
            "The connection address is empty. Enter a libvirt URI such as qemu:///system.");
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z][A-Za-z0-9]*(\\+[A-Za-z0-9]+)?://[^\\s]*$"));
    if (!shape.match(trimmed).hasMatch())
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

} // namespace Vireo
