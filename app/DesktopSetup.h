#pragma once

class QTranslator;

namespace Vireo::App {

/// What both programs (vireo, vireo-console) set up once their QApplication exists: the desktop
/// file name, the window icon and the translation for the user's language, loaded into
/// `translator` (which must outlive the application's windows).
void setUpDesktopApplication(QTranslator &translator);

} // namespace Vireo::App
