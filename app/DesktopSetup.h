#pragma once

class QTranslator;

namespace Vireo::App {

/// What both programs (vireo, vireo-console) set up once their QApplication exists: the desktop
/// file name, the window icon and the translation for the user's language, loaded into
/// `translator` (which must outlive the application's windows).
void setUpDesktopApplication(QTranslator &translator);

/// Vireo's translation for the user's language (Preferences' choice, else the system's:
/// LANGUAGE, LANG), installed from `translator`; the terminal commands use it too. Numbers,
/// sizes and dates follow that language (QLocale's default). True when one was installed.
bool installTranslation(QTranslator &translator);

} // namespace Vireo::App
