#include "ui/console/TerminalView.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

extern "C" {
#include <vterm.h>
}

namespace Vireo::Ui {

namespace {

QString cellText(const VTermScreenCell &cell)
{
    QString text;
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; ++i)
        text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cell.chars[i]), 1);
    return text;
}

QColor toQColor(const VTermScreen *screen, VTermColor color)
{
    vterm_screen_convert_color_to_rgb(screen, &color);
    return QColor(color.rgb.red, color.rgb.green, color.rgb.blue);
}

VTermModifier modifiersOf(Qt::KeyboardModifiers m)
{
    int mod = VTERM_MOD_NONE;
    if (m & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (m & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (m & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

VTermKey keyOf(int key)
{
    switch (key) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return VTERM_KEY_KP_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
            return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
        return VTERM_KEY_NONE;
    }
}

} // namespace

/// libvterm's callbacks, with access to the view.
struct TerminalCallbacks
{
    static TerminalView *view(void *user) { return static_cast<TerminalView *>(user); }

    static int damage(VTermRect, void *user)
    {
        view(user)->viewport()->update();
        return 1;
    }
    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        view(user)->m_cursor = QPoint(pos.col, pos.row);
        view(user)->m_cursorVisible = visible;
        view(user)->viewport()->update();
        return 1;
    }
    static int setProp(VTermProp prop, VTermValue *value, void *user)
    {
        if (prop == VTERM_PROP_CURSORVISIBLE)
            view(user)->m_cursorVisible = value->boolean;
        else if (prop == VTERM_PROP_TITLE && value->string)
            Q_EMIT view(user)->titleChanged(QString::fromUtf8(value->string));
        return 1;
    }
    static int pushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        TerminalView *v = view(user);
        TerminalView::Line line;
        line.reserve(cols);
        for (int c = 0; c < cols; ++c) {
            TerminalView::Cell cell;
            cell.text = cellText(cells[c]);
            cell.fg = toQColor(v->m_screen, cells[c].fg);
            cell.bg = toQColor(v->m_screen, cells[c].bg);
            cell.bold = cells[c].attrs.bold;
            cell.underline = cells[c].attrs.underline;
            cell.italic = cells[c].attrs.italic;
            if (cells[c].attrs.reverse)
                std::swap(cell.fg, cell.bg);
            line << cell;
        }
        v->m_scrollback.push_back(std::move(line));
        while (int(v->m_scrollback.size()) > v->m_scrollbackLimit)
            v->m_scrollback.pop_front();
        v->updateScrollBar();
        return 1;
    }
    static int popLine(int cols, VTermScreenCell *cells, void *user)
    {
        TerminalView *v = view(user);
        if (v->m_scrollback.empty())
            return 0;
        const TerminalView::Line line = std::move(v->m_scrollback.back());
        v->m_scrollback.pop_back();
        for (int c = 0; c < cols; ++c) {
            VTermScreenCell &cell = cells[c];
            cell = {};
            cell.width = 1;
            if (c < line.size()) {
                const QList<uint> ucs = line[c].text.toUcs4();
                for (int i = 0; i < ucs.size() && i < VTERM_MAX_CHARS_PER_CELL; ++i)
                    cell.chars[i] = ucs[i];
            }
            vterm_color_rgb(&cell.fg, 0xd0, 0xd0, 0xd0);
            vterm_color_rgb(&cell.bg, 0, 0, 0);
        }
        v->updateScrollBar();
        return 1;
    }
    static void output(const char *s, size_t len, void *user)
    {
        Q_EMIT view(user)->input(QByteArray(s, qsizetype(len)));
    }
};

TerminalView::TerminalView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("terminalView"));
    setAccessibleName(tr("Text console"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    const QFontMetrics metrics(font);
    m_cellWidth = qMax(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = qMax(1, metrics.height());
    m_ascent = metrics.ascent();
    viewport()->setCursor(Qt::IBeamCursor);
    QPalette p = viewport()->palette();
    p.setColor(QPalette::Base, Qt::black);
    viewport()->setPalette(p);
    viewport()->setAutoFillBackground(true);

    m_vt = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &TerminalCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vt);
    static const VTermScreenCallbacks callbacks = [] {
        VTermScreenCallbacks c{};
        c.damage = &TerminalCallbacks::damage;
        c.movecursor = &TerminalCallbacks::moveCursor;
        c.settermprop = &TerminalCallbacks::setProp;
        c.sb_pushline = &TerminalCallbacks::pushLine;
        c.sb_popline = &TerminalCallbacks::popLine;
        return c;
    }();
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    VTermState *state = vterm_obtain_state(m_vt);
    VTermColor fg;
    VTermColor bg;
    vterm_color_rgb(&fg, 0xd0, 0xd0, 0xd0);
    vterm_color_rgb(&bg, 0, 0, 0);
    vterm_state_set_default_colors(state, &fg, &bg);
    vterm_screen_reset(m_screen, 1);
}

TerminalView::~TerminalView()
{
    vterm_free(m_vt);
}

QSize TerminalView::sizeHint() const
{
    return {80 * m_cellWidth + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            24 * m_cellHeight + 2 * frameWidth()};
}

void TerminalView::feed(const QByteArray &bytes)
{
    vterm_input_write(m_vt, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(m_screen);
    // New output brings the view back to the bottom, as terminals do.
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalView::reset()
{
    m_scrollback.clear();
    vterm_screen_reset(m_screen, 1);
    m_selectionStart = m_selectionEnd = {-1, -1};
    updateScrollBar();
    viewport()->update();
}

void TerminalView::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = qMax(0, lines);
    while (int(m_scrollback.size()) > m_scrollbackLimit)
        m_scrollback.pop_front();
    updateScrollBar();
}

TerminalView::Cell TerminalView::cellAt(int row, int col) const
{
    VTermScreenCell c;
    Cell cell;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &c))
        return cell;
    cell.text = cellText(c);
    cell.fg = toQColor(m_screen, c.fg);
    cell.bg = toQColor(m_screen, c.bg);
    cell.bold = c.attrs.bold;
    cell.underline = c.attrs.underline;
    cell.italic = c.attrs.italic;
    if (c.attrs.reverse)
        std::swap(cell.fg, cell.bg);
    return cell;
}

QString TerminalView::lineText(int contentLine) const
{
    QString text;
    const int back = int(m_scrollback.size());
    if (contentLine < back) {
        for (const Cell &c : m_scrollback[size_t(contentLine)])
            text += c.text.isEmpty() ? QStringLiteral(" ") : c.text;
    } else {
        for (int col = 0; col < m_columns; ++col) {
            const QString t = cellAt(contentLine - back, col).text;
            text += t.isEmpty() ? QStringLiteral(" ") : t;
        }
    }
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

QString TerminalView::screenText() const
{
    QStringList lines;
    for (int r = 0; r < m_rows; ++r)
        lines << lineText(int(m_scrollback.size()) + r);
    return lines.join(QLatin1Char('\n'));
}

QStringList TerminalView::scrollbackText() const
{
    QStringList lines;
    for (int i = 0; i < int(m_scrollback.size()); ++i)
        lines << lineText(i);
    return lines;
}

void TerminalView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    bar->setRange(0, int(m_scrollback.size()));
    bar->setPageStep(m_rows);
    bar->setSingleStep(1);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void TerminalView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TerminalView::fitToViewport()
{
    const int cols = qMax(2, viewport()->width() / m_cellWidth);
    const int rows = qMax(2, viewport()->height() / m_cellHeight);
    if (cols == m_columns && rows == m_rows)
        return;
    m_columns = cols;
    m_rows = rows;
    vterm_set_size(m_vt, rows, cols);
    vterm_screen_flush_damage(m_screen);
    updateScrollBar();
    Q_EMIT sizeChanged(rows, cols);
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fitToViewport();
}

void TerminalView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), Qt::black);
    const int back = int(m_scrollback.size());
    const int top = verticalScrollBar()->value(); // first content line shown
    QPoint selA = m_selectionStart;
    QPoint selB = m_selectionEnd;
    if (selB.y() < selA.y() || (selB.y() == selA.y() && selB.x() < selA.x()))
        std::swap(selA, selB);
    const auto selected = [&](int line, int col) {
        if (selA.y() < 0 || selA == selB)
            return false;
        const int at = line * 10000 + col;
        return at >= selA.y() * 10000 + selA.x() && at < selB.y() * 10000 + selB.x();
    };
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    for (int r = 0; r < m_rows; ++r) {
        const int line = top + r;
        const int y = r * m_cellHeight;
        for (int col = 0; col < m_columns; ++col) {
            Cell cell;
            if (line < back) {
                const Line &l = m_scrollback[size_t(line)];
                if (col < l.size())
                    cell = l[col];
                else
                    cell.bg = Qt::black;
            } else {
                cell = cellAt(line - back, col);
            }
            QColor fg = cell.fg.isValid() ? cell.fg : QColor(0xd0, 0xd0, 0xd0);
            QColor bg = cell.bg.isValid() ? cell.bg : QColor(Qt::black);
            if (selected(line, col))
                std::swap(fg, bg);
            const QRect box(col * m_cellWidth, y, m_cellWidth, m_cellHeight);
            if (bg != Qt::black)
                painter.fillRect(box, bg);
            if (!cell.text.isEmpty() && cell.text != QLatin1String(" ")) {
                painter.setFont(cell.bold ? bold : normal);
                painter.setPen(fg);
                painter.drawText(box.x(), y + m_ascent, cell.text);
            }
            if (cell.underline)
                painter.fillRect(box.x(), y + m_cellHeight - 1, m_cellWidth, 1, fg);
        }
    }
    // The cursor, where the screen (not the scrollback) is shown.
    const int cursorLine = back + m_cursor.y() - top;
    if (m_cursorVisible && cursorLine >= 0 && cursorLine < m_rows) {
        const QRect box(m_cursor.x() * m_cellWidth, cursorLine * m_cellHeight, m_cellWidth,
                        m_cellHeight);
        if (hasFocus())
            painter.fillRect(box, QColor(0xd0, 0xd0, 0xd0, 160));
        else {
            painter.setPen(QColor(0xd0, 0xd0, 0xd0));
            painter.drawRect(box.adjusted(0, 0, -1, -1));
        }
    }
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    // The terminal's own shortcuts (plain Ctrl+C and Ctrl+V belong to the guest).
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (event->key() == Qt::Key_C) {
            copySelection();
            return;
        }
        if (event->key() == Qt::Key_V) {
            paste();
            return;
        }
    }
    if (mods == Qt::ShiftModifier
        && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_PageUp ? -m_rows : m_rows));
        return;
    }
    const VTermModifier mod = modifiersOf(mods & ~Qt::KeypadModifier);
    const VTermKey key = keyOf(event->key());
    if (key != VTERM_KEY_NONE) {
        vterm_keyboard_key(m_vt, key, mod);
    } else if (mods & Qt::ControlModifier && event->key() >= Qt::Key_A
               && event->key() <= Qt::Key_Z) {
        vterm_keyboard_unichar(m_vt, uint32_t('a' + event->key() - Qt::Key_A), mod);
    } else if (!event->text().isEmpty()) {
        // Shift is already in the text ("A"); Alt and Ctrl are told with the character.
        const VTermModifier textMod = VTermModifier(mod & ~VTERM_MOD_SHIFT);
        for (const uint c : event->text().toUcs4())
            vterm_keyboard_unichar(m_vt, c, textMod);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab goes to the guest
}

QPoint TerminalView::cellAtPoint(const QPoint &point) const
{
    const int col = qBound(0, (point.x() + m_cellWidth / 2) / m_cellWidth, m_columns);
    const int row = qBound(0, point.y() / m_cellHeight, m_rows - 1);
    return {col, verticalScrollBar()->value() + row};
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        m_selecting = true;
        m_selectionStart = m_selectionEnd = cellAtPoint(event->position().toPoint());
        viewport()->update();
    } else if (event->button() == Qt::MiddleButton) {
        const QString text = QApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty()) {
            vterm_keyboard_start_paste(m_vt);
            for (const uint c : text.toUcs4())
                vterm_keyboard_unichar(m_vt, c == '\n' ? '\r' : c, VTERM_MOD_NONE);
            vterm_keyboard_end_paste(m_vt);
        }
    }
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selectionEnd = cellAtPoint(event->position().toPoint());
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting || event->button() != Qt::LeftButton)
        return;
    m_selecting = false;
    m_selectionEnd = cellAtPoint(event->position().toPoint());
    const QString text = selectedText();
    if (!text.isEmpty() && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(text, QClipboard::Selection);
    viewport()->update();
}

QString TerminalView::selectedText() const
{
    QPoint a = m_selectionStart;
    QPoint b = m_selectionEnd;
    if (a.y() < 0 || a == b)
        return {};
    if (b.y() < a.y() || (b.y() == a.y() && b.x() < a.x()))
        std::swap(a, b);
    QStringList lines;
    for (int line = a.y(); line <= b.y(); ++line) {
        const QString text = lineText(line);
        const int from = line == a.y() ? a.x() : 0;
        const int to = line == b.y() ? b.x() : int(text.size());
        lines << text.mid(from, qMax(0, to - from));
    }
    return lines.join(QLatin1Char('\n'));
}

void TerminalView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TerminalView::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    vterm_keyboard_start_paste(m_vt);
    for (const uint c : text.toUcs4())
        vterm_keyboard_unichar(m_vt, c == '\n' ? '\r' : c, VTERM_MOD_NONE);
    vterm_keyboard_end_paste(m_vt);
}

} // namespace Vireo::Ui
