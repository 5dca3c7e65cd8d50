#include "core/Logging.h"

// Quiet by default; QT_LOGGING_RULES="vireo.*.info=true" shows state changes.
Q_LOGGING_CATEGORY(lcConnection, "vireo.connection", QtWarningMsg)
