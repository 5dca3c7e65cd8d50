#include "app/DesktopSetup.h"

#include "ui/common/Appearance.h"
#include "ui/common/Preferences.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Vireo::App {

bool installTranslation(QTranslator &translator)
{
    // The language Preferences name, else the system's (LANGUAGE, LANG); numbers, sizes and
    // dates follow it.
    const QString language = Ui::Preferences::instance()->language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // Installed translations first (../share/vireo/translations beside the program), then the
    // copies built into it.
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/vireo/translations");
    // Qt's own words (Cancel, the help's "Usage:", file dialogs), from qt6-translations-l10n.
    static QTranslator qt;
    if (qt.isEmpty()
        && qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    for (const QString &dir : {installed, QStringLiteral(":/i18n")}) {
        if (translator.load(locale, QStringLiteral("vireo"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(&translator);
            return true;
        }
    }
    return false;
}

void setUpDesktopApplication(QTranslator &translator)
{
    QApplication::setDesktopFileName(QStringLiteral("vireo"));
    // The theme's icon when the package installed it, else the one built in.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("vireo"), QIcon(QStringLiteral(":/vireo/vireo.svg"))));
    installTranslation(translator);
    Ui::Preferences *preferences = Ui::Preferences::instance();
    // Light or dark, as chosen (the desktop's by default), and again when the choice changes.
    Ui::Appearance::apply(preferences->theme());
    Ui::Appearance::followDesktop(); // the desktop switching to dark or light, live
    QObject::connect(preferences, &Ui::Preferences::changed, qApp,
                     [preferences](const QString &key) {
                         if (key == QLatin1String("appearance/theme"))
                             Ui::Appearance::apply(preferences->theme());
                     });
}

} // namespace Vireo::App
