#include "app/DesktopSetup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

namespace Vireo::App {

void setUpDesktopApplication(QTranslator &translator)
{
    QApplication::setDesktopFileName(QStringLiteral("vireo"));
    // The theme's icon when the package installed it, else the one built in.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("vireo"), QIcon(QStringLiteral(":/vireo/vireo.svg"))));
    // Installed translations first (../share/vireo/translations beside the program), then the
    // copies built into it.
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/vireo/translations");
    for (const QString &dir : {installed, QStringLiteral(":/i18n")}) {
        if (translator.load(QLocale(), QStringLiteral("vireo"), QStringLiteral("_"), dir)) {
            QApplication::installTranslator(&translator);
            break;
        }
    }
}

} // namespace Vireo::App
