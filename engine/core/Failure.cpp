#include "core/Failure.h"

namespace Vireo {

QString Failure::text() const
{
    if (detail.isEmpty())
        return summary;
    if (summary.isEmpty())
        return detail;
    return summary + QLatin1Char(' ') + detail;
}

Failure Failure::of(Kind kind, const QString &summary, const QString &detail)
{
    Failure f;
    f.kind = kind;
    f.summary = summary;
    f.detail = detail;
    return f;
}

} // namespace Vireo
