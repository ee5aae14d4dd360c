#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

class QIODevice;

namespace PortalKeys {

// Reads text lines in blocks with large reads, and hands them out as views into its own buffer, so that a
// million short lines cost no allocation each. A line longer than the limit is not kept: its first `limit`
// bytes are handed out with `tooLong` set and the rest is skipped, so memory stays bounded.
class LineBlockReader {
public:
    struct Line {
        qint64 number = 0;   // 1-based
        QByteArrayView text; // without "\n" or "\r\n"; valid until the next call of readBlock
        bool tooLong = false;
    };

    LineBlockReader(QIODevice &input, qsizetype limit);

    // Up to `maxLines` lines; false when the input is exhausted and no line was read.
    bool readBlock(std::vector<Line> &lines, int maxLines);

private:
    bool fill();
    void takeLine(std::vector<Line> &lines, qsizetype end, bool tooLong);

    QIODevice &m_input;
    qsizetype m_limit;
    QByteArray m_buffer;
    qsizetype m_start = 0; // first byte not handed out yet
    qint64 m_lineNumber = 0;
    bool m_skipping = false; // inside a line that was too long, up to its line break
    bool m_atEnd = false;
};

} // namespace PortalKeys
