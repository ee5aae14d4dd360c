#include "common/LineBlockReader.h"

#include <QIODevice>

#include <cstring>

namespace PortalKeys {

namespace {

constexpr qsizetype readSize = 2 << 20;

} // namespace

LineBlockReader::LineBlockReader(QIODevice &input, qsizetype limit)
    : m_input(input)
    , m_limit(limit)
{}

// Moves what is left to the front and appends one read; false at the end of the input.
bool LineBlockReader::fill()
{
    if (m_atEnd)
        return false;
    // Moved by hand: QByteArray::remove() from the front only moves its start, and the next resize() would
    // then allocate a new buffer of the whole read size every time.
    const qsizetype kept = m_buffer.size() - m_start;
    std::memmove(m_buffer.data(), m_buffer.constData() + m_start, size_t(kept));
    m_buffer.resize(kept);
    m_start = 0;
    m_buffer.resize(kept + readSize);
    const qint64 got = m_input.read(m_buffer.data() + kept, readSize);
    m_buffer.resize(kept + qMax<qint64>(got, 0));
    if (got <= 0)
        m_atEnd = true;
    return got > 0;
}

void LineBlockReader::takeLine(std::vector<Line> &lines, qsizetype end, bool tooLong)
{
    ++m_lineNumber;
    QByteArrayView text(m_buffer.constData() + m_start, end - m_start);
    if (text.endsWith('\r'))
        text.chop(1);
    if (text.size() > m_limit) {
        text.truncate(m_limit);
        tooLong = true;
    }
    lines.push_back({m_lineNumber, text, tooLong});
}

bool LineBlockReader::readBlock(std::vector<Line> &lines, int maxLines)
{
    lines.clear();
    qsizetype scanFrom = m_start;
    while (int(lines.size()) < maxLines) {
        const qsizetype newline = m_buffer.indexOf('\n', scanFrom);
        if (newline >= 0) {
            if (m_skipping)
                m_skipping = false;
            else
                takeLine(lines, newline, false);
            m_start = scanFrom = newline + 1;
            continue;
        }
        if (!m_skipping && m_buffer.size() - m_start > m_limit + 1) {
            // Too long whatever follows ("\r\n" included): its start is handed out once, the rest dropped.
            takeLine(lines, m_start + m_limit + 1, true);
            m_skipping = true;
        }
        if (m_skipping)
            m_start = m_buffer.size();
        // Filling changes a buffer: this block's views must be used first.
        if (!lines.empty())
            break;
        scanFrom = m_buffer.size() - m_start; // fill() moves the unread part to the front
        if (!fill()) {
            if (m_buffer.size() > m_start && !m_skipping)
                takeLine(lines, m_buffer.size(), false);
            m_start = m_buffer.size();
            break;
        }
    }
    return !lines.empty();
}

} // namespace PortalKeys
