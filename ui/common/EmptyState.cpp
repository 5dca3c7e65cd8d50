#include "ui/common/EmptyState.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo::Ui {

namespace {

/// The note over the viewport: follows the model's rows and the viewport's size.
class EmptyNote : public QWidget
{
public:
    EmptyNote(QAbstractItemView *view, const QString &text, QAction *action)
        : QWidget(view->viewport())
        , m_view(view)
    {
        setObjectName(QStringLiteral("emptyState"));
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("emptyStateText"));
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *layout = new QVBoxLayout(this);
        layout->addStretch(1);
        layout->addWidget(label);
        if (action) {
            auto *button = new QPushButton(action->text(), this);
            button->setObjectName(QStringLiteral("emptyStateAction"));
            button->setIcon(action->icon());
            connect(button, &QPushButton::clicked, action, &QAction::trigger);
            connect(action, &QAction::changed, button, [button, action] {
                button->setEnabled(action->isEnabled());
                button->setText(action->text());
            });
            button->setEnabled(action->isEnabled());
            layout->addWidget(button, 0, Qt::AlignHCenter);
        }
        layout->addStretch(2);
        view->viewport()->installEventFilter(this);
        follow();
    }

    void follow()
    {
        QAbstractItemModel *model = m_view->model();
        setGeometry(m_view->viewport()->rect().adjusted(16, 0, -16, 0));
        setVisible(!model || model->rowCount(m_view->rootIndex()) == 0);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            follow();
        return false;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void showWhenEmpty(QAbstractItemView *view, const QString &text, QAction *action)
{
    auto *note = new EmptyNote(view, text, action);
    const auto follow = [note] { note->follow(); };
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, note, follow);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, note, follow);
    QObject::connect(model, &QAbstractItemModel::modelReset, note, follow);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, note, follow);
}

} // namespace Vireo::Ui
