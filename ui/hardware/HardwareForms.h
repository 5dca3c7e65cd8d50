#pragma once

#include "hardware/HardwareEditor.h"

#include <QMap>

#include <functional>

class QWidget;

namespace Vireo::Ui {

/// What a form of the Hardware tab works from: the VM's hardware, the edits not applied yet,
/// and where a new edit goes. Forms show an edit's value where there is one, else the
/// definition's; a field that changes only at the next boot of a running VM says so.
struct FormContext
{
    const HardwareState *state = nullptr;
    const QMap<QString, HardwareChange> *edits = nullptr;
    std::function<void(const HardwareChange &)> edit;
    bool editable = true;
    QString disabledReason;
    /// Opens the Host window on what a device uses: ("network", name) for a NIC's network,
    /// ("volume", path) for a disk's image. Unset: no such links.
    std::function<void(const QString &kind, const QString &what)> showOnHost;
};

/// The key under which an edit is kept: a second edit of the same field replaces the first.
QString editKey(const HardwareChange &change);

QWidget *overviewForm(const FormContext &ctx);
QWidget *cpuForm(const FormContext &ctx);
QWidget *memoryForm(const FormContext &ctx);
QWidget *bootForm(const FormContext &ctx);
/// A disk, CD-ROM or NIC form, or for other kinds what the device is and its XML.
QWidget *deviceForm(const FormContext &ctx, const HardwareDevice &device);

} // namespace Vireo::Ui
