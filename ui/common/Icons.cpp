#include "ui/common/Icons.h"

namespace Vireo::Ui {

QIcon themedIcon(const QString &freedesktopName, const QString &bundled)
{
    return QIcon::fromTheme(freedesktopName,
                            QIcon(QStringLiteral(":/vireo/icons/%1.svg").arg(bundled)));
}

} // namespace Vireo::Ui
