#pragma once

// qcustomplot.h uses Qt's lower-case keywords, which Vireo switches off (QT_NO_KEYWORDS): they
// are lent to it here and taken back afterwards.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
