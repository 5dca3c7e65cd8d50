#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QPoint>
#include <QStringList>

#include <deque>

struct VTerm;
struct VTermScreen;

namespace Vireo::Ui {

/// A terminal drawn in Qt on libvterm: what the guest writes to its serial port or console
/// (feed()) is interpreted as a VT100/xterm would (colours, cursor, alternate screen), keys
/// typed become the bytes a terminal sends (input()), and so do the answers to the guest's
/// queries (the cursor position, CSI 6n, which is how a guest without a resize call learns the
/// size). Lines that scroll off the top are kept (scrollbackLimit(), 1000 by default) and shown
/// with the scroll bar or the wheel. Select with the mouse; Ctrl+Shift+C copies, Ctrl+Shift+V
/// (or the middle button) pastes.
class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    /// Bytes from the guest.
    void feed(const QByteArray &bytes);
    /// Clears the screen and the scrollback (a new session).
    void reset();

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    /// The visible screen as text, a line per row, trailing blanks cut.
    QString screenText() const;
    /// The lines that scrolled off, oldest first.
    QStringList scrollbackText() const;
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    QString selectedText() const;
    void copySelection();
    void paste();

    QSize sizeHint() const override;

Q_SIGNALS:
    /// Bytes for the guest: keys, pastes, answers to its queries.
    void input(const QByteArray &bytes);
    void sizeChanged(int rows, int columns);
    void titleChanged(const QString &title);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Cell
    {
        QString text;
        QColor fg;
        QColor bg;
        bool bold = false;
        bool underline = false;
        bool italic = false;
    };
    using Line = QList<Cell>;

    friend struct TerminalCallbacks;

    Cell cellAt(int row, int col) const;
    void fitToViewport();
    void updateScrollBar();
    /// Row and column under a viewport point, in content lines (scrollback lines first).
    QPoint cellAtPoint(const QPoint &point) const;
    QString lineText(int contentLine) const;

    VTerm *m_vt = nullptr;
    VTermScreen *m_screen = nullptr;
    int m_rows = 24;
    int m_columns = 80;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    std::deque<Line> m_scrollback;
    int m_scrollbackLimit = 1000;
    bool m_selecting = false;
    QPoint m_selectionStart{-1, -1}; // content line, column
    QPoint m_selectionEnd{-1, -1};
};

} // namespace Vireo::Ui
