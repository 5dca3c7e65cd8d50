#include "app/DesktopSetup.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

namespace Vireo::App {

void setUpDesktopApplication(QTranslator &translator)
{
    QApplication::setDesktopFileName(QStringLiteral("vireo"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/vireo/vireo.svg")));
    if (translator.load(QLocale(), QStringLiteral("vireo"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
}

} // namespace Vireo::App
