#include "snapshots/SnapshotTree.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace Vireo::Snapshots {

void linkChildren(QList<SnapshotInfo> &snapshots)
{
    for (SnapshotInfo &s : snapshots)
        s.children.clear();
    for (const SnapshotInfo &s : snapshots) {
        if (s.parent.isEmpty())
            continue;
        for (SnapshotInfo &p : snapshots)
            if (p.name == s.parent)
                p.children << s.name;
    }
}

QList<SnapshotInfo> treeOrder(const QList<SnapshotInfo> &snapshots)
{
    QHash<QString, const SnapshotInfo *> byName;
    for (const SnapshotInfo &s : snapshots)
        byName.insert(s.name, &s);
    auto byTime = [](const SnapshotInfo *a, const SnapshotInfo *b) {
        return a->created != b->created ? a->created < b->created : a->name < b->name;
    };
    QList<const SnapshotInfo *> roots;
    for (const SnapshotInfo &s : snapshots)
        if (s.parent.isEmpty() || !byName.contains(s.parent))
            roots << &s;
    std::sort(roots.begin(), roots.end(), byTime);
    QList<SnapshotInfo> ordered;
    std::function<void(const SnapshotInfo *)> visit = [&](const SnapshotInfo *s) {
        ordered << *s;
        QList<const SnapshotInfo *> children;
        for (const QString &c : s->children)
            if (byName.contains(c))
                children << byName.value(c);
        std::sort(children.begin(), children.end(), byTime);
        for (const SnapshotInfo *c : children)
            visit(c);
    };
    for (const SnapshotInfo *r : roots)
        visit(r);
    return ordered;
}

} // namespace Vireo::Snapshots
