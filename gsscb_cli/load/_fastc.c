/* The fast path of load/fast.py, in C: the same grammar, the same values, the same table.

   ``parse(text, max_depth, max_digits)`` returns ``(values, places)`` exactly as
   ``fast._parse`` does, or None where ``fast._parse`` declines. ``fast.parse`` calls it
   when it is built (the hatchling build hook in hatch_build.py compiles it; without a C
   compiler gsscb runs the pure-Python ``fast._parse``, which stays the reference: the
   parity tests hold the two equal, value for value and place for place).

   It reads the text's UTF-8 form. Every column it computes is an offset past ASCII only
   (spaces, "- ", a plain-name key and ": "), so byte offsets are character offsets.

   Hostile input is the normal case: every read is bounded by the line's end, the
   nesting is bounded by max_depth, and every allocation is checked. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#define COLUMN_BITS 22
#define KEY_MAX 128

typedef struct {
    Py_ssize_t indent;
    int is_seq;
    PyObject *container; /* borrowed: owned by its parent (or by root) */
    int depth;
    Py_ssize_t row;
} Frame;

typedef struct {
    uint64_t *items;
    Py_ssize_t len, cap;
} Table;

typedef struct {
    Frame *items;
    Py_ssize_t len, cap;
} Stack;

/* Declining is not an error: a flag the caller turns into None. */
typedef enum { OK = 0, DECLINE = 1, FAIL = 2 } Status;

static int
table_push(Table *t, uint64_t a, uint64_t b, uint64_t c)
{
    if (t->len + 3 > t->cap) {
        Py_ssize_t cap = t->cap ? t->cap * 2 : 3 * 256;
        while (cap < t->len + 3) {
            cap *= 2;
        }
        uint64_t *items = PyMem_Realloc(t->items, (size_t)cap * sizeof(uint64_t));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        t->items = items;
        t->cap = cap;
    }
    t->items[t->len++] = a;
    t->items[t->len++] = b;
    t->items[t->len++] = c;
    return 0;
}

static int
stack_push(Stack *s, Py_ssize_t indent, int is_seq, PyObject *container, int depth,
           Py_ssize_t row)
{
    if (s->len + 1 > s->cap) {
        Py_ssize_t cap = s->cap ? s->cap * 2 : 32;
        Frame *items = PyMem_Realloc(s->items, (size_t)cap * sizeof(Frame));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        s->items = items;
        s->cap = cap;
    }
    Frame *f = &s->items[s->len++];
    f->indent = indent;
    f->is_seq = is_seq;
    f->container = container;
    f->depth = depth;
    f->row = row;
    return 0;
}

/* fast._OUTSIDE: the characters the fast path reads. The text is valid UTF-8 (it is a
   str's own encoding), so each lead byte says how long its sequence is. */
static int
all_inside(const unsigned char *s, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        uint32_t cp;
        if (c < 0x80) {
            if (c != '\n' && (c < 0x20 || c > 0x7e)) {
                return 0;
            }
            i += 1;
            continue;
        }
        Py_ssize_t extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
        if (extra < 0 || i + extra >= n) {
            return 0; /* not UTF-8 as a str encodes it: not ours to read */
        }
        if (extra == 3) {
            cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3f) << 12) |
                 ((uint32_t)(s[i + 2] & 0x3f) << 6) | (uint32_t)(s[i + 3] & 0x3f);
        }
        else if (extra == 2) {
            cp = ((uint32_t)(c & 0x0f) << 12) | ((uint32_t)(s[i + 1] & 0x3f) << 6) |
                 (uint32_t)(s[i + 2] & 0x3f);
        }
        else {
            cp = ((uint32_t)(c & 0x1f) << 6) | (uint32_t)(s[i + 1] & 0x3f);
        }
        i += extra + 1;
        if (!((cp >= 0xa0 && cp <= 0x2027) || (cp >= 0x202a && cp <= 0xd7ff) ||
              (cp >= 0xe000 && cp <= 0xfefe) || (cp >= 0xff00 && cp <= 0xfffd) ||
              (cp >= 0x10000 && cp <= 0x10ffff))) {
            return 0;
        }
    }
    return 1;
}

static int
is_key_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '-';
}

/* fast._KEY.match(s): the key's length and where its value starts, or 0. */
static Py_ssize_t
match_key(const char *s, const char *end, const char **after)
{
    if (s >= end || !is_key_char((unsigned char)*s) || *s == '-') {
        return 0;
    }
    const char *p = s;
    while (p < end && p - s <= KEY_MAX && is_key_char((unsigned char)*p)) {
        p++;
    }
    Py_ssize_t n = p - s;
    if (n > KEY_MAX || p >= end || *p != ':') {
        return 0;
    }
    const char *q = p + 1;
    if (q < end && *q != ' ') {
        return 0;
    }
    while (q < end && *q == ' ') {
        q++;
    }
    *after = q;
    return n;
}

/* fast._tail: what may follow a quoted scalar or [] on its line. */
static int
tail_ok(const char *p, const char *end)
{
    if (p >= end) {
        return 1;
    }
    const char *q = p;
    while (q < end && *q == ' ') {
        q++;
    }
    if (q >= end) {
        return 1; /* only spaces */
    }
    return *p == ' ' && *q == '#';
}

/* One str object for each repeated short text (keys, statuses, ids), as fast._POOL keeps
   for the Python path: a direct-mapped table of the last text seen in each slot, so a
   repeat costs a hash and a memcmp, not a new object and a dict lookup. The table holds
   one reference per slot for the life of the process (at most SLOTS small strings). */
#define SLOTS 65536
#define SHORT_TEXT 64
static PyObject *slots[SLOTS];

static PyObject *
text_of(const char *s, Py_ssize_t n)
{
    if (n > SHORT_TEXT) {
        return PyUnicode_DecodeUTF8(s, n, "strict");
    }
    uint32_t h = 2166136261u; /* FNV-1a */
    for (Py_ssize_t i = 0; i < n; i++) {
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    }
    PyObject **slot = &slots[(h ^ (h >> 16)) & (SLOTS - 1)];
    if (*slot != NULL) {
        Py_ssize_t size = 0;
        const char *kept = PyUnicode_AsUTF8AndSize(*slot, &size);
        if (kept != NULL && size == n && memcmp(kept, s, (size_t)n) == 0) {
            return Py_NewRef(*slot);
        }
        if (kept == NULL) {
            PyErr_Clear();
        }
    }
    PyObject *text = PyUnicode_DecodeUTF8(s, n, "strict");
    if (text != NULL) {
        Py_XSETREF(*slot, Py_NewRef(text));
    }
    return text;
}

static int
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* fast._INT.fullmatch */
static int
full_int(const char *s, Py_ssize_t n)
{
    Py_ssize_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+')) {
        i++;
    }
    if (i >= n) {
        return 0;
    }
    if (s[i] == '0') {
        return i + 1 == n;
    }
    for (; i < n; i++) {
        if (!is_digit(s[i])) {
            return 0;
        }
    }
    return 1;
}

/* fast._FLOAT.fullmatch */
static int
full_float(const char *s, Py_ssize_t n)
{
    Py_ssize_t i = 0, before = 0, after = 0;
    if (i < n && (s[i] == '-' || s[i] == '+')) {
        i++;
    }
    while (i < n && is_digit(s[i])) {
        i++, before++;
    }
    if (i >= n || s[i] != '.') {
        return 0;
    }
    i++;
    while (i < n && is_digit(s[i])) {
        i++, after++;
    }
    if (before == 0 && after == 0) {
        return 0;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+')) {
            i++;
        }
        Py_ssize_t digits = 0;
        while (i < n && is_digit(s[i])) {
            i++, digits++;
        }
        if (digits == 0) {
            return 0;
        }
    }
    return i == n;
}

/* fast._plain: a plain scalar's value by the strict loader's implicit types. */
static Status
plain_value(const char *s, Py_ssize_t n, int max_digits, PyObject **out)
{
    char first = s[0];
    if (first == 't' || first == 'f') {
        if (n == 4 && memcmp(s, "true", 4) == 0) {
            *out = Py_NewRef(Py_True);
            return OK;
        }
        if (n == 5 && memcmp(s, "false", 5) == 0) {
            *out = Py_NewRef(Py_False);
            return OK;
        }
    }
    else if ((n == 4 && memcmp(s, "null", 4) == 0) || (n == 1 && first == '~')) {
        *out = Py_NewRef(Py_None);
        return OK;
    }
    if (strchr("-+0123456789.", first) != NULL && first != '\0') {
        int is_int = full_int(s, n);
        if (is_int || full_float(s, n)) {
            if (is_int) {
                Py_ssize_t digits = n;
                const char *d = s;
                while (digits > 0 && (*d == '+' || *d == '-')) {
                    d++, digits--;
                }
                if (digits > max_digits) {
                    return DECLINE;
                }
            }
            char *copy = PyMem_Malloc((size_t)n + 1);
            if (copy == NULL) {
                PyErr_NoMemory();
                return FAIL;
            }
            memcpy(copy, s, (size_t)n);
            copy[n] = '\0';
            if (is_int) {
                *out = PyLong_FromString(copy, NULL, 10);
                PyMem_Free(copy);
                return *out == NULL ? FAIL : OK;
            }
            char *stop = NULL;
            double number = PyOS_string_to_double(copy, &stop, NULL);
            int whole = stop == copy + n;
            PyMem_Free(copy);
            if (number == -1.0 && PyErr_Occurred()) {
                return FAIL;
            }
            if (!whole || !isfinite(number)) {
                return DECLINE;
            }
            *out = PyFloat_FromDouble(number);
            return *out == NULL ? FAIL : OK;
        }
    }
    *out = text_of(s, n);
    return *out == NULL ? FAIL : OK;
}

typedef struct {
    Py_ssize_t *items;
    Py_ssize_t len, cap;
} Offsets;

static int
offsets_push(Offsets *o, Py_ssize_t value)
{
    if (o->len + 1 > o->cap) {
        Py_ssize_t cap = o->cap ? o->cap * 2 : 16;
        Py_ssize_t *items = PyMem_Realloc(o->items, (size_t)cap * sizeof(Py_ssize_t));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        o->items = items;
        o->cap = cap;
    }
    o->items[o->len++] = value;
    return 0;
}

static int
is_flow_char(unsigned char c, int first)
{
    /* fast._FLOW_ITEM: [A-Za-z0-9_][A-Za-z0-9_. -]* */
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        return 1;
    }
    return !first && (c == '.' || c == ' ' || c == '-');
}

static Status plain_value(const char *s, Py_ssize_t n, int max_digits, PyObject **out);

/* fast._flow: [a, b c, 1], a flow sequence of plain words on one line; its items, and
   where each starts (offsets from s) in starts. */
static Status
flow(const char *s, const char *end, int max_digits, PyObject **out, int *nested,
     Offsets *starts)
{
    const char *close = memchr(s, ']', (size_t)(end - s));
    if (close == NULL || !tail_ok(close + 1, end)) {
        return DECLINE;
    }
    PyObject *items = PyList_New(0);
    if (items == NULL) {
        return FAIL;
    }
    const char *part = s + 1;
    for (;;) {
        const char *comma = memchr(part, ',', (size_t)(close - part));
        const char *stop = comma != NULL ? comma : close;
        const char *a = part, *b = stop;
        while (a < b && *a == ' ') {
            a++;
        }
        while (b > a && b[-1] == ' ') {
            b--;
        }
        if (a == b) {
            Py_DECREF(items);
            return DECLINE; /* an empty or trailing item */
        }
        for (const char *q = a; q < b; q++) {
            if (!is_flow_char((unsigned char)*q, q == a)) {
                Py_DECREF(items);
                return DECLINE;
            }
        }
        PyObject *value = NULL;
        Status got = plain_value(a, b - a, max_digits, &value);
        if (got != OK) {
            Py_DECREF(items);
            return got;
        }
        int bad = PyList_Append(items, value);
        Py_DECREF(value);
        if (bad < 0 || offsets_push(starts, a - s) < 0) {
            Py_DECREF(items);
            return FAIL;
        }
        if (comma == NULL) {
            break;
        }
        part = comma + 1;
    }
    *out = items;
    *nested = 1;
    return OK;
}

/* The text from..to with each two-character escape made the one character it stands for
   (the character after mark: '' in single quotes, \" and \\ in double quotes). */
static Status
unescaped(const char *from, const char *to, Py_ssize_t escapes, char mark, PyObject **out)
{
    if (escapes == 0) {
        *out = text_of(from, to - from);
        return *out == NULL ? FAIL : OK;
    }
    char *buf = PyMem_Malloc((size_t)(to - from) + 1);
    if (buf == NULL) {
        PyErr_NoMemory();
        return FAIL;
    }
    Py_ssize_t k = 0;
    for (const char *q = from; q < to; q++) {
        if (*q == mark) {
            q++; /* the escaped character follows its mark */
        }
        buf[k++] = *q;
    }
    *out = text_of(buf, k);
    PyMem_Free(buf);
    return *out == NULL ? FAIL : OK;
}

/* fast._scalar: the value of the scalar text [s, end) (which starts with no space), and
   whether it is a container ([] or {}). */
static Status
scalar(const char *s, const char *end, int max_digits, PyObject **out, int *nested,
       Offsets *starts)
{
    starts->len = 0;
    char first = s[0];
    *nested = 0;
    if (first == '\'') {
        /* '((?:[^']|'')*)': '' is one quote; the first lone quote closes */
        const char *p = s + 1;
        Py_ssize_t quotes = 0;
        for (;;) {
            if (p >= end) {
                return DECLINE;
            }
            if (*p == '\'') {
                if (p + 1 < end && p[1] == '\'') {
                    quotes++;
                    p += 2;
                    continue;
                }
                break;
            }
            p++;
        }
        if (!tail_ok(p + 1, end)) {
            return DECLINE;
        }
        return unescaped(s + 1, p, quotes, '\'', out);
    }
    if (first == '"') {
        /* "((?:[^"\\]|\\["\\])*)": the only escapes read are \" and \\ */
        const char *p = s + 1;
        Py_ssize_t escapes = 0;
        while (p < end && *p != '"') {
            if (*p == '\\') {
                if (p + 1 >= end || (p[1] != '"' && p[1] != '\\')) {
                    return DECLINE;
                }
                escapes++;
                p += 2;
                continue;
            }
            p++;
        }
        if (p >= end || !tail_ok(p + 1, end)) {
            return DECLINE;
        }
        return unescaped(s + 1, p, escapes, '\\', out);
    }
    if (first == '[' && s + 1 < end && s[1] != ']') {
        return flow(s, end, max_digits, out, nested, starts);
    }
    if (first == '[' || first == '{') {
        if (s + 1 >= end || s[1] != (first == '[' ? ']' : '}')) {
            return DECLINE;
        }
        if (!tail_ok(s + 2, end)) {
            return DECLINE;
        }
        *out = first == '[' ? PyList_New(0) : PyDict_New();
        *nested = 1;
        return *out == NULL ? FAIL : OK;
    }
    if (strchr("-?:,[]{}#&*!|>'\"%@`", first) != NULL &&
        !(first == '-' && s + 1 < end && s[1] != ' ')) {
        return DECLINE;
    }
    /* the text before " #", without trailing spaces */
    const char *stop = end;
    for (const char *p = s; p + 1 < end; p++) {
        if (p[0] == ' ' && p[1] == '#') {
            stop = p;
            break;
        }
    }
    while (stop > s && stop[-1] == ' ') {
        stop--;
    }
    Py_ssize_t n = stop - s;
    if (n == 0) {
        return DECLINE; /* cannot happen: s starts with no space */
    }
    if (s[n - 1] == ':') {
        return DECLINE;
    }
    for (Py_ssize_t i = 0; i + 1 < n; i++) {
        if (s[i] == ':' && s[i + 1] == ' ') {
            return DECLINE;
        }
    }
    return plain_value(s, n, max_digits, out);
}

/* fast._folded: the text of a folded block scalar (key: >-) whose lines begin at from,
   under a key at column parent; where the first line after it begins, and how many
   lines it took. Only the plain form: one indentation, no trailing spaces, blank lines
   only between lines (each a line break; lines next to each other joined by a space). */
static Status
folded(const char *from, const char *end_of_text, Py_ssize_t parent, PyObject **out,
       const char **resume, Py_ssize_t *used)
{
    char *buf = NULL;
    Py_ssize_t len = 0, cap = 0, blanks = 0, block = -1, count = 0;
    Status status = OK;
    const char *line = from;
    while (line <= end_of_text) {
        const char *eol = memchr(line, '\n', (size_t)(end_of_text - line));
        if (eol == NULL) {
            eol = end_of_text;
        }
        if (line == eol) {
            if (block < 0) {
                status = DECLINE; /* a blank line first: the indentation PyYAML detects */
                goto done;
            }
            blanks++;
            count++;
            line = eol + 1;
            continue;
        }
        const char *content = line;
        while (content < eol && *content == ' ') {
            content++;
        }
        Py_ssize_t indent = content - line;
        int has_text = content < eol;
        if (block < 0) {
            if (indent <= parent) {
                status = DECLINE; /* an empty block scalar */
                goto done;
            }
            block = indent;
        }
        else if (indent < block && has_text) {
            break; /* the first line outside the scalar */
        }
        if (!has_text || indent != block || eol[-1] == ' ') {
            status = DECLINE; /* a line of spaces, a more-indented line, trailing spaces */
            goto done;
        }
        Py_ssize_t gap = len == 0 ? 0 : (blanks ? blanks : 1);
        Py_ssize_t need = len + gap + (eol - content);
        if (need > cap) {
            Py_ssize_t grown = cap ? cap * 2 : 256;
            while (grown < need) {
                grown *= 2;
            }
            char *bigger = PyMem_Realloc(buf, (size_t)grown);
            if (bigger == NULL) {
                PyErr_NoMemory();
                status = FAIL;
                goto done;
            }
            buf = bigger;
            cap = grown;
        }
        if (gap) {
            memset(buf + len, blanks ? '\n' : ' ', (size_t)gap);
            len += gap;
        }
        memcpy(buf + len, content, (size_t)(eol - content));
        len += eol - content;
        blanks = 0;
        count++;
        line = eol + 1;
    }
    if (block < 0) {
        status = DECLINE;
        goto done;
    }
    *out = text_of(buf, len);
    if (*out == NULL) {
        status = FAIL;
        goto done;
    }
    *resume = line;
    *used = count;
done:
    PyMem_Free(buf);
    return status;
}

/* Put value under key in owner (a dict), or at the end of owner (a list) when key is NULL. */
static int
put(PyObject *owner, PyObject *key, PyObject *value)
{
    return key == NULL ? PyList_Append(owner, value) : PyDict_SetItem(owner, key, value);
}

/* The rows of a flow sequence's items, after its own: each a scalar at its offset. */
static int
push_items(Table *t, uint64_t place, const Offsets *starts)
{
    for (Py_ssize_t i = 0; i < starts->len; i++) {
        if (table_push(t, place + (uint64_t)starts->items[i], 0, 1) < 0) {
            return -1;
        }
    }
    return 0;
}

typedef struct {
    int active;
    PyObject *owner; /* borrowed */
    PyObject *key;   /* owned, or NULL for a sequence item */
    int depth;
    Py_ssize_t owner_indent;
    uint64_t empty, key_place;
} Pending;

#define PLACE(line, column) (((uint64_t)(line) << COLUMN_BITS) | (uint64_t)(column))

static Status
parse_lines(const char *text, Py_ssize_t size, int max_depth, int max_digits,
            PyObject **root_out, Table *table)
{
    Stack stack = {NULL, 0, 0};
    Offsets starts = {NULL, 0, 0};
    Pending pending = {0, NULL, NULL, 0, 0, 0, 0};
    PyObject *root = NULL;
    Status status = OK;
    const char *end_of_text = text + size;
    const char *line = text;
    Py_ssize_t number = 0;

    if (table_push(table, 0, 0, 1) < 0) {
        return FAIL;
    }
#define STOP(s)        \
    do {               \
        status = (s);  \
        goto done;     \
    } while (0)

    while (line <= end_of_text) {
        const char *eol = memchr(line, '\n', (size_t)(end_of_text - line));
        if (eol == NULL) {
            eol = end_of_text;
        }
        number++;
        const char *next = eol + 1;
        const char *content = line;
        while (content < eol && *content == ' ') {
            content++;
        }
        if (content == eol || *content == '#') {
            line = next;
            continue;
        }
        Py_ssize_t indent = content - line;
        int dash = *content == '-' && (content + 1 == eol || content[1] == ' ');
        Py_ssize_t rows = table->len / 3;

        if (pending.active) {
            pending.active = 0;
            PyObject *key = pending.key;
            pending.key = NULL;
            if (indent > pending.owner_indent ||
                (dash && key != NULL && indent == pending.owner_indent)) {
                /* the value is a block collection starting on this line */
                if (pending.depth >= max_depth) {
                    Py_XDECREF(key);
                    STOP(DECLINE);
                }
                PyObject *container = dash ? PyList_New(0) : PyDict_New();
                if (container == NULL) {
                    Py_XDECREF(key);
                    STOP(FAIL);
                }
                int bad = put(pending.owner, key, container);
                Py_DECREF(container); /* the owner holds it now */
                Py_XDECREF(key);
                if (bad < 0 ||
                    stack_push(&stack, indent, dash, container, pending.depth, rows) < 0 ||
                    table_push(table, PLACE(number, indent + 1), pending.key_place, 1) < 0) {
                    STOP(FAIL);
                }
            }
            else {
                int bad = put(pending.owner, key, Py_None);
                Py_XDECREF(key);
                if (bad < 0 || table_push(table, pending.empty, pending.key_place, 1) < 0) {
                    STOP(FAIL);
                }
            }
        }
        else if (root == NULL) {
            if (dash) {
                STOP(DECLINE); /* a sequence at the top: PyYAML words the message */
            }
            root = PyDict_New();
            if (root == NULL || stack_push(&stack, indent, 0, root, 0, 0) < 0) {
                STOP(FAIL);
            }
            table->items[0] = PLACE(number, indent + 1);
        }
        /* close what this line is outside of */
        while (stack.len > 0) {
            Frame *top = &stack.items[stack.len - 1];
            if (top->indent > indent || (top->indent == indent && top->is_seq && !dash)) {
                table->items[3 * top->row + 2] = (uint64_t)(table->len / 3 - top->row);
                stack.len--;
            }
            else {
                break;
            }
        }
        if (stack.len == 0) {
            STOP(DECLINE);
        }
        Frame top = stack.items[stack.len - 1];
        if (top.indent != indent) {
            STOP(DECLINE);
        }
        PyObject *container = top.container;
        int depth = top.depth;
        Py_ssize_t column = indent;
        if (dash) {
            if (!top.is_seq) {
                STOP(DECLINE);
            }
            const char *rest = content + 1;
            while (rest < eol && *rest == ' ') {
                rest++;
            }
            if (rest == eol) {
                pending.active = 1;
                pending.owner = container;
                pending.key = NULL;
                pending.depth = depth + 1;
                pending.owner_indent = column;
                pending.empty = PLACE(number, column + 2);
                pending.key_place = 0;
                line = next;
                continue;
            }
            column += rest - content;
            uint64_t place = PLACE(number, column + 1);
            const char *after = NULL;
            if (match_key(rest, eol, &after) == 0) {
                if (*rest == '#' || (*rest == '-' && (rest + 1 == eol || rest[1] == ' '))) {
                    STOP(DECLINE); /* "- # note", "- - x" */
                }
                PyObject *value = NULL;
                int nested = 0;
                Status got = scalar(rest, eol, max_digits, &value, &nested, &starts);
                if (got != OK) {
                    STOP(got);
                }
                if (nested && depth + 1 >= max_depth) {
                    Py_DECREF(value);
                    STOP(DECLINE);
                }
                int bad = PyList_Append(container, value);
                Py_DECREF(value);
                if (bad < 0 || table_push(table, place, 0, 1 + (uint64_t)starts.len) < 0 ||
                    push_items(table, place, &starts) < 0) {
                    STOP(FAIL);
                }
                line = next;
                continue;
            }
            /* "- key: ...": a mapping in the sequence, its keys at this column */
            depth += 1;
            if (depth >= max_depth) {
                STOP(DECLINE);
            }
            PyObject *mapping = PyDict_New();
            if (mapping == NULL) {
                STOP(FAIL);
            }
            int bad = PyList_Append(container, mapping);
            Py_DECREF(mapping);
            if (bad < 0 || stack_push(&stack, column, 0, mapping, depth, table->len / 3) < 0 ||
                table_push(table, place, 0, 1) < 0) {
                STOP(FAIL);
            }
            container = mapping;
            content = rest;
        }
        else if (top.is_seq) {
            STOP(DECLINE);
        }
        const char *rest = NULL;
        Py_ssize_t key_len = match_key(content, eol, &rest);
        if (key_len == 0) {
            STOP(DECLINE);
        }
        PyObject *key = text_of(content, key_len);
        if (key == NULL) {
            STOP(FAIL);
        }
        /* a duplicate key (the mapping does not grow) declines: PyYAML's path words it */
        Py_ssize_t size_before = PyDict_GET_SIZE(container);
        uint64_t key_place = PLACE(number, column + 1);
        if (rest == eol) {
            /* the key's place in the mapping's order is taken now; its value comes later */
            if (PyDict_SetItem(container, key, Py_None) < 0) {
                Py_DECREF(key);
                STOP(FAIL);
            }
            if (PyDict_GET_SIZE(container) == size_before) {
                Py_DECREF(key);
                STOP(DECLINE);
            }
            pending.active = 1;
            pending.owner = container;
            pending.key = key; /* owned by pending now */
            pending.depth = depth + 1;
            pending.owner_indent = column;
            pending.empty = PLACE(number, column + key_len + 2);
            pending.key_place = key_place;
            line = next;
            continue;
        }
        if (*rest == '#') {
            Py_DECREF(key);
            STOP(DECLINE);
        }
        uint64_t place = PLACE(number, column + (rest - content) + 1);
        if (eol - rest == 2 && rest[0] == '>' && rest[1] == '-') {
            /* a folded block scalar, on the lines that follow */
            PyObject *text = NULL;
            const char *resume = NULL;
            Py_ssize_t used = 0;
            Status got = folded(next, end_of_text, column, &text, &resume, &used);
            if (got != OK) {
                Py_DECREF(key);
                STOP(got);
            }
            int bad = PyDict_SetItem(container, key, text);
            Py_DECREF(key);
            Py_DECREF(text);
            if (bad < 0) {
                STOP(FAIL);
            }
            if (PyDict_GET_SIZE(container) == size_before) {
                STOP(DECLINE);
            }
            if (table_push(table, place, key_place, 1) < 0) {
                STOP(FAIL);
            }
            number += used;
            line = resume;
            continue;
        }
        PyObject *value = NULL;
        int nested = 0;
        Status got = scalar(rest, eol, max_digits, &value, &nested, &starts);
        if (got != OK) {
            Py_DECREF(key);
            STOP(got);
        }
        if (nested && depth + 1 >= max_depth) {
            Py_DECREF(key);
            Py_DECREF(value);
            STOP(DECLINE);
        }
        int bad = PyDict_SetItem(container, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (bad < 0) {
            STOP(FAIL);
        }
        if (PyDict_GET_SIZE(container) == size_before) {
            STOP(DECLINE);
        }
        if (table_push(table, place, key_place, 1 + (uint64_t)starts.len) < 0 ||
            push_items(table, place, &starts) < 0) {
            STOP(FAIL);
        }
        line = next;
    }
    if (pending.active) {
        pending.active = 0;
        int bad = put(pending.owner, pending.key, Py_None);
        Py_CLEAR(pending.key);
        if (bad < 0 || table_push(table, pending.empty, pending.key_place, 1) < 0) {
            STOP(FAIL);
        }
    }
    if (root == NULL) {
        STOP(DECLINE);
    }
    for (Py_ssize_t i = 0; i < stack.len; i++) {
        Frame *f = &stack.items[i];
        table->items[3 * f->row + 2] = (uint64_t)(table->len / 3 - f->row);
    }
#undef STOP
done:
    Py_XDECREF(pending.key);
    PyMem_Free(stack.items);
    PyMem_Free(starts.items);
    if (status == OK) {
        *root_out = root;
    }
    else {
        Py_XDECREF(root);
    }
    return status;
}

static PyObject *
fastc_parse(PyObject *self, PyObject *args)
{
    PyObject *text;
    int max_depth, max_digits;
    (void)self;
    if (!PyArg_ParseTuple(args, "Uii:parse", &text, &max_depth, &max_digits)) {
        return NULL;
    }
    Py_ssize_t size = 0;
    const char *utf8 = PyUnicode_AsUTF8AndSize(text, &size);
    if (utf8 == NULL) {
        /* a lone surrogate has no UTF-8 form: not plain text, the PyYAML path words it */
        if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
            PyErr_Clear();
            Py_RETURN_NONE;
        }
        return NULL;
    }
    if (!all_inside((const unsigned char *)utf8, size)) {
        Py_RETURN_NONE;
    }
    Table table = {NULL, 0, 0};
    PyObject *root = NULL;
    Status status = parse_lines(utf8, size, max_depth, max_digits, &root, &table);
    if (status != OK) {
        PyMem_Free(table.items);
        if (status == DECLINE) {
            Py_RETURN_NONE;
        }
        return NULL;
    }
    PyObject *places =
        PyBytes_FromStringAndSize((const char *)table.items, table.len * (Py_ssize_t)sizeof(uint64_t));
    PyMem_Free(table.items);
    if (places == NULL) {
        Py_DECREF(root);
        return NULL;
    }
    PyObject *result = PyTuple_Pack(2, root, places);
    Py_DECREF(root);
    Py_DECREF(places);
    return result;
}

/* The model's lookups in a table of places (parse.Places): the rows of a container's
   children, and the locations of a list's items, made as findings.Location objects.
   A table may come from the document cache: every row read is checked against the
   table's length, and a subtree size that would not move the walk on (0) or would run
   past its container is refused with ValueError, never followed. */

static PyObject *location_type = NULL;  /* findings.Location (places_setup) */
static PyObject *location_slots[3] = {NULL, NULL, NULL}; /* its slots: file, line, column */

static PyObject *
fastc_places_setup(PyObject *self, PyObject *type)
{
    (void)self;
    static const char *names[3] = {"file", "line", "column"};
    PyObject *found[3] = {NULL, NULL, NULL};
    if (!PyType_Check(type)) {
        PyErr_SetString(PyExc_TypeError, "places_setup: a class is needed");
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        found[i] = PyObject_GetAttrString(type, names[i]);
        if (found[i] == NULL || !PyObject_TypeCheck(found[i], &PyMemberDescr_Type) ||
            Py_TYPE(found[i])->tp_descr_set == NULL) {
            if (found[i] != NULL) {
                PyErr_Format(PyExc_TypeError, "places_setup: %s is not a slot", names[i]);
            }
            for (int j = 0; j <= i; j++) {
                Py_XDECREF(found[j]);
            }
            return NULL;
        }
    }
    Py_INCREF(type);
    Py_XSETREF(location_type, type);
    for (int i = 0; i < 3; i++) {
        Py_XSETREF(location_slots[i], found[i]);
    }
    Py_RETURN_NONE;
}

static uint64_t
cell(const char *table, Py_ssize_t row, int column)
{
    uint64_t value;
    memcpy(&value, table + (row * 3 + column) * (Py_ssize_t)sizeof(uint64_t), sizeof value);
    return value;
}

/* The table's buffer and its number of rows; -1 with an exception set when it is not one. */
static Py_ssize_t
open_table(PyObject *obj, Py_buffer *view)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_SIMPLE) < 0) {
        return -1;
    }
    Py_ssize_t row_bytes = 3 * (Py_ssize_t)sizeof(uint64_t);
    if (view->len % row_bytes != 0) {
        PyBuffer_Release(view);
        PyErr_SetString(PyExc_ValueError, "a table of places holds whole rows");
        return -1;
    }
    return view->len / row_bytes;
}

/* The row after ``row``'s subtree (``end`` bounds it), or -1 with ValueError set. */
static Py_ssize_t
next_sibling(const char *table, Py_ssize_t row, Py_ssize_t end)
{
    uint64_t size = cell(table, row, 2);
    if (size == 0 || size > (uint64_t)(end - row)) {
        PyErr_SetString(PyExc_ValueError, "a table of places whose subtree sizes do not add up");
        return -1;
    }
    return row + (Py_ssize_t)size;
}

static PyObject *
fastc_child_rows(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "child_rows(table, row)");
        return NULL;
    }
    Py_ssize_t row = PyLong_AsSsize_t(args[1]);
    if (row == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_buffer view;
    Py_ssize_t rows = open_table(args[0], &view);
    if (rows < 0) {
        return NULL;
    }
    const char *table = view.buf;
    PyObject *out = NULL;
    if (row < 0 || row >= rows) {
        PyErr_SetString(PyExc_IndexError, "a row past the table of places");
        goto done;
    }
    Py_ssize_t end = next_sibling(table, row, rows);
    if (end < 0) {
        goto done;
    }
    out = PyList_New(0);
    for (Py_ssize_t child = row + 1; out != NULL && child < end;) {
        PyObject *number = PyLong_FromSsize_t(child);
        if (number == NULL || PyList_Append(out, number) < 0) {
            Py_XDECREF(number);
            Py_CLEAR(out);
            break;
        }
        Py_DECREF(number);
        child = next_sibling(table, child, end);
        if (child < 0) {
            Py_CLEAR(out);
        }
    }
done:
    PyBuffer_Release(&view);
    return out;
}

static PyObject *
make_location(PyObject *display, uint64_t place)
{
    PyTypeObject *type = (PyTypeObject *)location_type;
    PyObject *loc = type->tp_alloc(type, 0);
    if (loc == NULL) {
        return NULL;
    }
    PyObject *values[3] = {display, PyLong_FromUnsignedLongLong(place >> COLUMN_BITS),
                           PyLong_FromUnsignedLongLong(place & ((1ULL << COLUMN_BITS) - 1))};
    int failed = values[1] == NULL || values[2] == NULL;
    for (int i = 0; i < 3 && !failed; i++) {
        failed = Py_TYPE(location_slots[i])->tp_descr_set(location_slots[i], loc, values[i]) < 0;
    }
    Py_XDECREF(values[1]);
    Py_XDECREF(values[2]);
    if (failed) {
        Py_DECREF(loc);
        return NULL;
    }
    return loc;
}

static PyObject *
fastc_item_locations(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 4 || !PyUnicode_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "item_locations(table, row, count, display: str)");
        return NULL;
    }
    if (location_type == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "item_locations before places_setup");
        return NULL;
    }
    Py_ssize_t row = PyLong_AsSsize_t(args[1]);
    if (row == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t count = PyLong_AsSsize_t(args[2]);
    if (count == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_buffer view;
    Py_ssize_t rows = open_table(args[0], &view);
    if (rows < 0) {
        return NULL;
    }
    const char *table = view.buf;
    PyObject *out = NULL;
    if (row < 0 || row >= rows || count < 0) {
        PyErr_SetString(PyExc_IndexError, "a row past the table of places");
        goto done;
    }
    Py_ssize_t end = next_sibling(table, row, rows);
    if (end < 0) {
        goto done;
    }
    out = PyList_New(count);
    Py_ssize_t child = row + 1;
    for (Py_ssize_t i = 0; out != NULL && i < count; i++) {
        if (child >= end) {
            PyErr_SetString(PyExc_IndexError, "a list with more items than its table holds");
            Py_CLEAR(out);
            break;
        }
        PyObject *loc = make_location(args[3], cell(table, child, 0));
        if (loc == NULL) {
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, i, loc);
        child = next_sibling(table, child, end);
        if (child < 0) {
            Py_CLEAR(out);
        }
    }
done:
    PyBuffer_Release(&view);
    return out;
}

/* The row of the value at ``path`` in a document (its values ``data``, its table), as
   parse.Places._find walks to it: a mapping's key by its place among the keys, a list's
   item by its index, skipping each earlier sibling's subtree. Sets *value to the value
   there (borrowed) and *found to whether the whole path was there (else the row and value
   of the nearest ancestor). Returns -1 with an exception set for a damaged table, and -2
   (no exception) when a step is past WALK_MAX siblings: Places's own walk, which keeps
   each container's rows, answers that one (a long list asked item by item stays linear). */

#define WALK_MAX 64

static Py_ssize_t
walk(const char *table, Py_ssize_t rows, PyObject *data, PyObject *path, PyObject **value,
     int *found)
{
    Py_ssize_t row = 0;
    PyObject *here = data;
    Py_ssize_t steps = PyTuple_GET_SIZE(path);
    *found = 0;
    for (Py_ssize_t s = 0; s < steps; s++) {
        PyObject *step = PyTuple_GET_ITEM(path, s);
        Py_ssize_t skip = -1;
        PyObject *next = NULL;
        if (PyDict_CheckExact(here)) {
            Py_ssize_t pos = 0, i = 0;
            PyObject *key, *item;
            while (PyDict_Next(here, &pos, &key, &item)) {
                int same = key == step ? 1 : PyObject_RichCompareBool(key, step, Py_EQ);
                if (same < 0) {
                    return -1;
                }
                if (same) {
                    skip = i;
                    next = item;
                    break;
                }
                i++;
            }
            if (skip < 0) {
                *value = here;
                return row;  /* not there: the nearest ancestor */
            }
        }
        else if (PyList_CheckExact(here)) {
            if (!PyLong_Check(step)) {
                *value = here;
                return row;
            }
            Py_ssize_t index = PyLong_AsSsize_t(step);
            if (index == -1 && PyErr_Occurred()) {
                if (!PyErr_ExceptionMatches(PyExc_OverflowError)) {
                    return -1;
                }
                PyErr_Clear();
                *value = here;
                return row;  /* far past any list's end */
            }
            if (index < 0 || index >= PyList_GET_SIZE(here)) {
                *value = here;
                return row;
            }
            skip = index;
            next = PyList_GET_ITEM(here, index);
        }
        else {
            *value = here;
            return row;
        }
        if (skip > WALK_MAX) {
            return -2;
        }
        if (row < 0 || row >= rows) {
            PyErr_SetString(PyExc_IndexError, "a row past the table of places");
            return -1;
        }
        Py_ssize_t end = next_sibling(table, row, rows);
        if (end < 0) {
            return -1;
        }
        Py_ssize_t child = row + 1;
        for (Py_ssize_t k = 0; k < skip; k++) {
            if (child >= end) {
                PyErr_SetString(PyExc_IndexError, "a container with more values than its table holds");
                return -1;
            }
            child = next_sibling(table, child, end);
            if (child < 0) {
                return -1;
            }
        }
        if (child >= end) {
            PyErr_SetString(PyExc_IndexError, "a container with more values than its table holds");
            return -1;
        }
        row = child;
        here = next;
    }
    *value = here;
    *found = 1;
    return row;
}

/* location(table, data, path, key, display) -> the Location parse.Places.location gives,
   or None when Places's own walk is to answer (a step past WALK_MAX siblings). */
static PyObject *
fastc_location(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 5 || !PyTuple_Check(args[2]) || !PyUnicode_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError, "location(table, data, path: tuple, key, display: str)");
        return NULL;
    }
    if (location_type == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "location before places_setup");
        return NULL;
    }
    int key = PyObject_IsTrue(args[3]);
    if (key < 0) {
        return NULL;
    }
    Py_buffer view;
    Py_ssize_t rows = open_table(args[0], &view);
    if (rows < 0) {
        return NULL;
    }
    PyObject *value = NULL, *out = NULL;
    int found = 0;
    Py_ssize_t row = rows == 0 ? -3 : walk(view.buf, rows, args[1], args[2], &value, &found);
    if (row == -3) {
        PyErr_SetString(PyExc_IndexError, "an empty table of places");
    }
    else if (row == -2) {
        out = Py_NewRef(Py_None);
    }
    else if (row >= 0) {
        if (row >= rows) {
            PyErr_SetString(PyExc_IndexError, "a row past the table of places");
        }
        else {
            uint64_t place = key ? cell(view.buf, row, 1) : 0;
            out = make_location(args[4], place ? place : cell(view.buf, row, 0));
        }
    }
    PyBuffer_Release(&view);
    return out;
}

/* items(table, data, path, display) -> the Locations parse.Places.items gives (of each
   item of the list at path; [] when there is none there), or None (as location). */
static PyObject *
fastc_items(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 4 || !PyTuple_Check(args[2]) || !PyUnicode_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "items(table, data, path: tuple, display: str)");
        return NULL;
    }
    if (location_type == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "items before places_setup");
        return NULL;
    }
    Py_buffer view;
    Py_ssize_t rows = open_table(args[0], &view);
    if (rows < 0) {
        return NULL;
    }
    PyObject *value = NULL, *out = NULL;
    int found = 0;
    Py_ssize_t row = rows == 0 ? -3 : walk(view.buf, rows, args[1], args[2], &value, &found);
    PyBuffer_Release(&view);
    if (row == -3) {
        PyErr_SetString(PyExc_IndexError, "an empty table of places");
        return NULL;
    }
    if (row == -2) {
        return Py_NewRef(Py_None);
    }
    if (row < 0) {
        return NULL;
    }
    if (!found || !PyList_CheckExact(value)) {
        return PyList_New(0);
    }
    PyObject *call[4] = {args[0], NULL, NULL, args[3]};
    call[1] = PyLong_FromSsize_t(row);
    call[2] = PyLong_FromSsize_t(PyList_GET_SIZE(value));
    if (call[1] != NULL && call[2] != NULL) {
        out = fastc_item_locations(NULL, call, 4);
    }
    Py_XDECREF(call[1]);
    Py_XDECREF(call[2]);
    return out;
}

static PyMethodDef fastc_methods[] = {
    {"parse", fastc_parse, METH_VARARGS,
     "parse(text, max_depth, max_digits) -> (values, places) | None\n\n"
     "load/fast.py's fast path in C: the same values and table of places, or None where it "
     "declines."},
    {"places_setup", fastc_places_setup, METH_O,
     "places_setup(Location): the class item_locations makes (its slots file, line, column)."},
    {"child_rows", (PyCFunction)(void (*)(void))fastc_child_rows, METH_FASTCALL,
     "child_rows(table, row) -> the rows of the children of the container at row."},
    {"item_locations", (PyCFunction)(void (*)(void))fastc_item_locations, METH_FASTCALL,
     "item_locations(table, row, count, display) -> the Locations of the list at row's "
     "first count items."},
    {"location", (PyCFunction)(void (*)(void))fastc_location, METH_FASTCALL,
     "location(table, data, path, key, display) -> parse.Places.location's Location, or None "
     "(a step past the walk's reach: Places answers)."},
    {"items", (PyCFunction)(void (*)(void))fastc_items, METH_FASTCALL,
     "items(table, data, path, display) -> parse.Places.items's Locations, or None (as "
     "location)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef fastc_module = {
    PyModuleDef_HEAD_INIT,
    "_fastc",
    "load/fast.py's fast path for plain block YAML, in C (see fast.py for the grammar).",
    -1,
    fastc_methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

#ifndef SOURCE_DIGEST
#define SOURCE_DIGEST ""
#endif

PyMODINIT_FUNC
PyInit__fastc(void)
{
    PyObject *module = PyModule_Create(&fastc_module);
    if (module != NULL && PyModule_AddStringConstant(module, "SOURCE_DIGEST", SOURCE_DIGEST) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
