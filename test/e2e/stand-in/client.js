/*
 * Stand-in Excel host, part 3: proxy objects with Office.js's load / sync rules. A property is
 * readable only after load() and context.sync() (else PropertyNotLoaded, as in Excel); values are
 * taken in queue order; writes change the model at once; an invalid call fails at the next sync.
 */
/* eslint-disable */
class FakeOfficeError extends Error {
  constructor(code, message) {
    super(message || code);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: message || code };
  }
}

/** load("a,b"), load(["a"]), load({ select: "a" }), load({ format: { fill: { color: true } } }) -> paths. */
function loadPaths(spec) {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(loadPaths);
  if (typeof spec.select === "string") return loadPaths(spec.select);
  const out = [];
  const walk = (o, prefix) => {
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(prefix + k);
      else if (v && typeof v === "object") walk(v, `${prefix}${k}/`);
    }
  };
  walk(spec, "");
  return out;
}

class ClientObject {
  constructor(ctx) {
    this.context = ctx;
    this._loaded = new Map();
    this._staged = null;
  }
  /** Scalar properties load() without arguments brings; navigation properties (objects) by name. */
  static define(cls, scalars, settable = [], nav = []) {
    cls.prototype._scalars = scalars;
    cls.prototype._nav = nav;
    for (const p of scalars) {
      Object.defineProperty(cls.prototype, p, {
        configurable: true,
        get() {
          return this._get(p);
        },
        set: settable.includes(p)
          ? function (v) {
              this._set(p, v);
            }
          : function () {
              this.context._fail("InvalidArgument", `${p} is read-only`);
            },
      });
    }
  }
  load(spec) {
    const paths = loadPaths(spec);
    if (paths.length === 0) paths.push(...this._scalars);
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (head === "items" && this._isCollection) this._loadItems(rest.join("/"));
      else if (this._nav.includes(head)) this[head].load(rest.length ? rest.join("/") : undefined);
      else if (this._scalars.includes(head)) this._stage(head, this._nullObject ? null : this._read(head));
      else this.context._fail("InvalidArgument", `Unknown property ${head} on ${this.constructor.name}`);
    }
    return this;
  }
  _stage(name, value) {
    if (!this._staged) {
      this._staged = new Map();
      this.context._pending.push(this);
    }
    this._staged.set(name, value === undefined ? null : JSON.parse(JSON.stringify(value)));
  }
  _commit() {
    for (const [k, v] of this._staged) this._loaded.set(k, v);
    this._staged = null;
  }
  _get(name) {
    if (this._loaded.has(name)) return this._loaded.get(name);
    throw new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${name}' is not available. Call load() and context.sync() first.`
    );
  }
  get isNullObject() {
    return this._get("isNullObject");
  }
  /** *OrNullObject results: isNullObject becomes readable at the next sync. */
  _asNullable(isNull) {
    this._nullObject = isNull;
    this._stage("isNullObject", isNull);
    return this;
  }
  toJSON() {
    return Object.fromEntries(this._loaded);
  }
}

class ClientResult {
  constructor(ctx, compute) {
    this._ready = false;
    this._value = compute();
    ctx._pending.push({ _commit: () => (this._ready = true) });
  }
  get value() {
    if (!this._ready)
      throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value is available after context.sync()");
    return this._value;
  }
}

class EventHandlers {
  constructor(ctx, list) {
    this._ctx = ctx;
    this._list = list;
  }
  add(handler) {
    const entry = { handler };
    this._list.push(entry);
    return {
      context: this._ctx,
      remove: () => {
        const i = this._list.indexOf(entry);
        if (i >= 0) this._list.splice(i, 1);
      },
    };
  }
}

class CollectionBase extends ClientObject {
  _loadItems(itemPath) {
    const items = this._list().map((x) => (itemPath ? x.load(itemPath) : x));
    this._pendingItems = items;
    if (!this._staged) {
      this._staged = new Map();
      this.context._pending.push(this);
    }
  }
  _commit() {
    if (this._pendingItems) {
      this._items = this._pendingItems;
      this._pendingItems = null;
    }
    super._commit();
  }
  get items() {
    if (!this._items) throw new FakeOfficeError("PropertyNotLoaded", "items: load('items') and sync first");
    return this._items;
  }
  getCount() {
    return new ClientResult(this.context, () => this._list().length);
  }
}
CollectionBase.prototype._isCollection = true;
