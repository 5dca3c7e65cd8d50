#pragma once

#include "domains/DomainInfo.h"

#include <QDialog>

class QListWidget;

namespace Vireo::Ui {

/// Confirms deleting a machine and asks which of its disk files go with it. Says plainly that a
/// running machine is forced off first and that deleted files are gone.
class DeleteDomainDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeleteDomainDialog(const DomainInfo &domain, QWidget *parent = nullptr);

    /// The files the user left ticked.
    QStringList storageToDelete() const;
    void setDeleteStorage(bool on);

private:
    QListWidget *m_storage;
};

} // namespace Vireo::Ui
