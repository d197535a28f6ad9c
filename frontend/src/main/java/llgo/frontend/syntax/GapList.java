/*
 * A random-access list with a gap buffer (as text editors keep their text): inserting at
 * index i moves only the elements between the gap and i, so a run of insertions that
 * moves forward through the list, as error recovery does through the token stream
 * (EditableTokenStream), costs time proportional to the distance covered, not to the
 * list's length for each insertion.
 */
package llgo.frontend.syntax;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

final class GapList<T> extends AbstractList<T> implements RandomAccess {
    private Object[] items = new Object[128];
    /** Elements [0, gapStart) and [gapEnd, items.length) are the list; the gap lies between. */
    private int gapStart;
    private int gapEnd = items.length;

    @Override
    public int size() {
        return items.length - (gapEnd - gapStart);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int i) {
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException(i);
        return (T) items[i < gapStart ? i : i + gapEnd - gapStart];
    }

    @Override
    public T set(int i, T t) {
        T old = get(i);
        items[i < gapStart ? i : i + gapEnd - gapStart] = t;
        return old;
    }

    @Override
    public void add(int i, T t) {
        if (i < 0 || i > size()) throw new IndexOutOfBoundsException(i);
        if (gapStart == gapEnd) grow();
        moveGapTo(i);
        items[gapStart++] = t;
        modCount++;
    }

    @Override
    public T remove(int i) {
        T old = get(i);
        moveGapTo(i);
        items[gapEnd++] = null;
        modCount++;
        return old;
    }

    private void moveGapTo(int i) {
        if (i < gapStart) {
            int n = gapStart - i;
            System.arraycopy(items, i, items, gapEnd - n, n);
            Arrays.fill(items, i, Math.min(gapStart, gapEnd - n), null);
            gapStart -= n;
            gapEnd -= n;
        } else if (i > gapStart) {
            int n = i - gapStart;
            System.arraycopy(items, gapEnd, items, gapStart, n);
            Arrays.fill(items, Math.max(gapEnd, gapStart + n), gapEnd + n, null);
            gapStart += n;
            gapEnd += n;
        }
    }

    private void grow() {
        Object[] bigger = new Object[items.length * 2];
        int tail = items.length - gapEnd;
        System.arraycopy(items, 0, bigger, 0, gapStart);
        System.arraycopy(items, gapEnd, bigger, bigger.length - tail, tail);
        gapEnd = bigger.length - tail;
        items = bigger;
    }
}
