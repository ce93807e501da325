// Third-party code in this bundle: licences in THIRD_PARTY_NOTICES.md.
import { createRequire as __rcCreateRequire } from "node:module";
const require = __rcCreateRequire(import.meta.url);

// src/backends/embedded/server.ts
import { randomBytes } from "node:crypto";

// node_modules/convex-test/dist/index.js
import { AsyncLocalStorage } from "node:async_hooks";
import { actionGeneric, getFunctionAddress, httpActionGeneric, makeFunctionReference, mutationGeneric, queryGeneric } from "convex/server";
import { CommitTsPlaceholder, compareValues, convexToJson, getConvexSize, getDocumentSize, jsonToConvex } from "convex/values";

// node_modules/convex-test/dist/transactionMetrics.js
var READ_METRIC_KEYS = [
  "bytesRead",
  "documentsRead",
  "databaseQueries"
];
var MiB = 1 << 20;
var DEFAULT_TRANSACTION_LIMITS = {
  bytesRead: 16 * MiB,
  bytesWritten: 16 * MiB,
  documentsRead: 32e3,
  databaseQueries: 4096,
  documentsWritten: 16e3,
  functionsScheduled: 1e3,
  scheduledFunctionArgsBytes: 16 * MiB
};
function zeroMetrics() {
  return {
    bytesRead: 0,
    bytesWritten: 0,
    documentsRead: 0,
    documentsWritten: 0,
    databaseQueries: 0,
    functionsScheduled: 0,
    scheduledFunctionArgsBytes: 0
  };
}
var TransactionMetricsTracker = class {
  _config;
  _layers = [];
  constructor(config = false) {
    this._config = config;
  }
  // Mirrors `DatabaseFake.startTransaction`. Pushes a layer for the new
  // transaction: the top-level layer uses the configured limits; a nested
  // layer inherits its parent's usage plus any tighter `transactionLimits`.
  startTransaction(transactionLimits) {
    const parent = this._current();
    this._layers.push(parent === void 0 ? this._rootLayer() : this._childLayer(parent, transactionLimits));
  }
  // Mirrors `DatabaseFake.commit`. Pops the layer and folds all of its usage
  // into the parent. Folding into nothing at the top level just ends tracking.
  commit() {
    const child = this._pop();
    const parent = this._current();
    if (parent !== void 0) {
      parent.metrics = { ...child.metrics };
    }
  }
  // Mirrors `DatabaseFake.rollbackWrites`. Pops the layer, discarding its
  // writes. Reads still fold into the parent (they happened), but the writes
  // were undone so they don't count against the transaction.
  rollback() {
    const child = this._pop();
    const parent = this._current();
    if (parent !== void 0) {
      for (const key of READ_METRIC_KEYS) {
        parent.metrics[key] = child.metrics[key];
      }
    }
  }
  trackRead(docSizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.bytesRead += docSizeBytes;
    layer.metrics.documentsRead += 1;
    if (layer.enforce) {
      if (layer.metrics.bytesRead > layer.limits.bytesRead) {
        throw new Error(`Read too much data in a single function execution (limit: ${layer.limits.bytesRead} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.documentsRead > layer.limits.documentsRead) {
        throw new Error(`Scanned too many documents in a single function execution (limit: ${layer.limits.documentsRead}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  trackWrite(docSizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.bytesWritten += docSizeBytes;
    layer.metrics.documentsWritten += 1;
    if (layer.enforce) {
      if (layer.metrics.bytesWritten > layer.limits.bytesWritten) {
        throw new Error(`Wrote too much data in a single function execution (limit: ${layer.limits.bytesWritten} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.documentsWritten > layer.limits.documentsWritten) {
        throw new Error(`Wrote too many documents in a single function execution (limit: ${layer.limits.documentsWritten}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  trackIndexRange() {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.databaseQueries += 1;
    if (layer.enforce) {
      if (layer.metrics.databaseQueries > layer.limits.databaseQueries) {
        throw new Error(`Too many index ranges read in a single function execution (limit: ${layer.limits.databaseQueries}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  trackScheduledFunction(argsSizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.functionsScheduled += 1;
    layer.metrics.scheduledFunctionArgsBytes += argsSizeBytes;
    if (layer.enforce) {
      if (layer.metrics.functionsScheduled > layer.limits.functionsScheduled) {
        throw new Error(`Scheduled too many functions in a single function execution (limit: ${layer.limits.functionsScheduled}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.scheduledFunctionArgsBytes > layer.limits.scheduledFunctionArgsBytes) {
        throw new Error(`Scheduled function arguments too large in a single function execution (limit: ${layer.limits.scheduledFunctionArgsBytes} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  getTransactionMetrics() {
    const layer = this._current();
    if (layer === void 0) {
      throw new Error("Transaction not started");
    }
    const { metrics, limits } = layer;
    return {
      bytesRead: {
        used: metrics.bytesRead,
        remaining: limits.bytesRead - metrics.bytesRead
      },
      bytesWritten: {
        used: metrics.bytesWritten,
        remaining: limits.bytesWritten - metrics.bytesWritten
      },
      databaseQueries: {
        used: metrics.databaseQueries,
        remaining: limits.databaseQueries - metrics.databaseQueries
      },
      documentsRead: {
        used: metrics.documentsRead,
        remaining: limits.documentsRead - metrics.documentsRead
      },
      documentsWritten: {
        used: metrics.documentsWritten,
        remaining: limits.documentsWritten - metrics.documentsWritten
      },
      functionsScheduled: {
        used: metrics.functionsScheduled,
        remaining: limits.functionsScheduled - metrics.functionsScheduled
      },
      scheduledFunctionArgsBytes: {
        used: metrics.scheduledFunctionArgsBytes,
        remaining: limits.scheduledFunctionArgsBytes - metrics.scheduledFunctionArgsBytes
      }
    };
  }
  _current() {
    return this._layers[this._layers.length - 1];
  }
  _pop() {
    const layer = this._layers.pop();
    if (layer === void 0) {
      throw new Error("Transaction not started");
    }
    return layer;
  }
  _rootLayer() {
    if (this._config === false) {
      return {
        metrics: zeroMetrics(),
        limits: { ...DEFAULT_TRANSACTION_LIMITS },
        enforce: false
      };
    }
    if (this._config === true) {
      return {
        metrics: zeroMetrics(),
        limits: { ...DEFAULT_TRANSACTION_LIMITS },
        enforce: true
      };
    }
    return {
      metrics: zeroMetrics(),
      limits: { ...DEFAULT_TRANSACTION_LIMITS, ...this._config },
      enforce: true
    };
  }
  _childLayer(parent, transactionLimits) {
    const limits = { ...parent.limits };
    if (transactionLimits !== void 0) {
      for (const key of Object.keys(limits)) {
        const requested = transactionLimits[key];
        if (requested !== void 0) {
          limits[key] = Math.min(parent.limits[key], parent.metrics[key] + requested);
        }
      }
    }
    return {
      // Start from the parent's accumulated usage so the global limit applies
      // to the whole transaction, not just this nested call.
      metrics: { ...parent.metrics },
      limits,
      enforce: parent.enforce || transactionLimits !== void 0
    };
  }
};

// node_modules/convex-test/dist/index.js
var TYPICAL_CONVEX_ID_LENGTH = 32;
var ROOT_COMPONENT_PATH = "";
var NestedLock = class {
  _lock = null;
  _release = null;
  async acquire() {
    while (this._lock !== null) {
      await this._lock;
    }
    this._lock = new Promise((resolve) => {
      this._release = resolve;
    });
  }
  release() {
    this._lock = null;
    this._release();
    this._release = null;
  }
};
var nestedTxStorage = new AsyncLocalStorage();
var authStorage = new AsyncLocalStorage();
var convexGlobalStorage = new AsyncLocalStorage();
var DatabaseFake = class {
  _componentPath;
  _documents = {};
  _storage = {};
  _nextQueryId = 1;
  _nextDocId = 1e4;
  _lastCreationTime = 0;
  _queryResults = {};
  // Pending writes for each level of transaction nesting.
  // Whenever a child mutation begins, a new level is created for all
  // components.
  // - When a mutation performs updates, they are staged in the last
  //   level of writes for the mutation's component.
  // - When a child mutation commits, the writes are merged up one level.
  // - When the top-level mutation commits, the writes are applied to the
  //   database.
  // - When a mutation is rolled back, last level of writes is discarded.
  _writes = [];
  _schema;
  constructor(schema, componentPath) {
    this._schema = schema === null ? null : {
      schemaValidation: schema.schemaValidation,
      tables: new Map(Object.entries(schema.tables).map(([name, tableSchema]) => [
        name,
        tableSchema.export()
      ]))
    };
    this._componentPath = componentPath;
    this.validateSchema();
  }
  // Called by TransactionManager.begin.
  startTransaction() {
    this._writes.push({});
  }
  get(tableName, id) {
    this._validateId(tableName, id);
    for (let i = this._writes.length - 1; i >= 0; i--) {
      const write = this._writes[i][id];
      if (write !== void 0) {
        return write;
      }
    }
    return this._documents[id] ?? null;
  }
  // Note that this is not the format the real backend
  // uses for IDs.
  _generateId(table) {
    const counterPadLen = TYPICAL_CONVEX_ID_LENGTH - table.length;
    const counter = this._nextDocId.toString().padStart(counterPadLen, "0");
    const id = counter + table;
    this._nextDocId += 1;
    return id;
  }
  storeFile(storageId, blob) {
    this._storage[storageId] = blob;
  }
  getFile(storageId) {
    if (this.get("_storage", storageId) === null) {
      return null;
    }
    return this._storage[storageId];
  }
  _addWrite(id, newValue) {
    if (this._writes.length === 0) {
      throw new Error(`Write outside of transaction ${id}`);
    }
    this._writes[this._writes.length - 1][id] = newValue;
  }
  insert(table, value) {
    this._validate(table, value);
    const _id = this._generateId(table);
    const now = Date.now();
    const _creationTime = now <= this._lastCreationTime ? this._lastCreationTime + 1e-3 : now;
    this._lastCreationTime = _creationTime;
    this._addWrite(_id, { ...value, _id, _creationTime });
    return _id;
  }
  patch(tableName, id, value) {
    this._validateId(tableName, id);
    if (typeof value !== "object") {
      throw new Error(`Invalid argument \`value\` in \`db.patch\`, expected object but got '${typeof value}': ${value}`);
    }
    const document = this.get(tableName, id);
    if (document === null) {
      throw new Error(`Patch on non-existent document with ID "${id}"`);
    }
    const { _id, _creationTime, ...fields } = document;
    if (value._id !== void 0 && value._id !== _id) {
      throw new Error(`Provided \`_id\` field value "${value._id}" does not match the document ID "${_id}"`);
    }
    if (value._creationTime !== void 0 && value._creationTime !== _creationTime) {
      throw new Error(`Provided \`_creationTime\` field value ${value._creationTime} does not match the document's creation time ${_creationTime}`);
    }
    delete value["_id"];
    delete value["_creationTime"];
    const convexValue = {};
    for (const [key, v] of Object.entries(value)) {
      convexValue[key] = evaluateValue(v);
    }
    const merged = { ...fields, ...convexValue };
    this._validate(tableNameFromId(_id), merged);
    this._addWrite(id, { _id, _creationTime, ...merged });
  }
  replace(tableName, id, value) {
    this._validateId(tableName, id);
    if (typeof value !== "object") {
      throw new Error(`Invalid argument \`value\` in \`db.replace\`, expected object but got '${typeof value}': ${value}`);
    }
    const document = this.get(tableName, id);
    if (document === null) {
      throw new Error(`Replace on non-existent document with ID "${id}"`);
    }
    if (value._id !== void 0 && value._id !== document._id) {
      throw new Error(`Provided \`_id\` field value "${value._id}" does not match the document ID "${document._id}"`);
    }
    if (value._creationTime !== void 0 && value._creationTime !== document._creationTime) {
      throw new Error(`Provided \`_creationTime\` field value ${value._creationTime} does not match the document's creation time ${document._creationTime}`);
    }
    delete value["_id"];
    delete value["_creationTime"];
    const convexValue = {};
    for (const [key, v] of Object.entries(value)) {
      convexValue[key] = evaluateValue(v);
    }
    this._validate(tableNameFromId(document._id), convexValue);
    this._addWrite(id, {
      ...convexValue,
      _id: document._id,
      _creationTime: document._creationTime
    });
  }
  delete(tableName, id) {
    this._validateId(tableName, id);
    const document = this.get(tableName, id);
    if (document === null) {
      throw new Error("Delete on non-existent doc");
    }
    this._addWrite(id, null);
  }
  _validateId(expectedTableName, id) {
    if (typeof id !== "string") {
      throw new Error(`Invalid argument \`id\`, expected string but got '${typeof id}': ${id}`);
    }
    if (expectedTableName === void 0) {
      return;
    }
    if (typeof expectedTableName !== "string") {
      throw new Error(`Invalid argument \`tableName\`, expected string but got '${typeof expectedTableName}': ${expectedTableName}`);
    }
    const actualTableName = tableNameFromId(id);
    if (actualTableName === null) {
      throw new Error(`Invalid argument \`id\`, expected ID value but got '${id}'`);
    }
    if (actualTableName !== expectedTableName) {
      throw new Error(`Invalid argument \`id\`, expected ID in table '${expectedTableName}' but got ID in table '${actualTableName}'`);
    }
  }
  commit(commitTs = null) {
    const lastWrites = this._writes.pop();
    if (!lastWrites) {
      throw new Error("Transaction already committed or rolled back");
    }
    for (const [id, write] of Object.entries(lastWrites)) {
      const _id = id;
      if (this._writes.length === 0) {
        if (write === null) {
          delete this._documents[_id];
        } else {
          this._documents[_id] = commitTs === null ? write : resolveCommittedValues(write, commitTs);
        }
      } else {
        this._addWrite(_id, write);
      }
    }
  }
  rollbackWrites() {
    if (this._writes.length === 0) {
      throw new Error("Transaction already committed or rolled back");
    }
    this._writes.pop();
  }
  // Temporarily hide all pending writes so reads only see committed state.
  stashWrites() {
    const stashed = this._writes;
    this._writes = [];
    return stashed;
  }
  restoreWrites(stashed) {
    this._writes = stashed;
  }
  _validate(tableName, doc) {
    if (this._schema === null || !this._schema.schemaValidation) {
      return;
    }
    const validator = this._schema.tables.get(tableName)?.documentType;
    if (validator === void 0) {
      return;
    }
    validateValidator(validator, resolvePendingValues(doc));
  }
  startQuery(query) {
    const id = this._nextQueryId;
    const results = this._evaluateQuery(query);
    this._queryResults[id] = results;
    this._nextQueryId += 1;
    return id;
  }
  queryNext(queryId) {
    const results = this._queryResults[queryId];
    if (results === void 0) {
      throw new Error("Bad queryId");
    }
    if (results.length === 0) {
      return { value: null, done: true };
    } else {
      return { value: results.shift(), done: false };
    }
  }
  _encodeCursor(doc, fieldPaths) {
    const keys = fieldPaths.map((fp) => evaluateFieldPath(fp, doc));
    return JSON.stringify(keys.map((k) => k === void 0 ? null : JSON.stringify(convexToJson(k))));
  }
  _docIsAfterCursor(doc, cursorKeys, fieldPaths, order) {
    const orderMultiplier = order === "asc" ? 1 : -1;
    for (let i = 0; i < fieldPaths.length; i++) {
      const docVal = evaluateFieldPath(fieldPaths[i], doc);
      const cursorVal = cursorKeys[i];
      const cmp = compareValues(docVal, cursorVal);
      if (cmp !== 0)
        return cmp * orderMultiplier;
    }
    return 0;
  }
  paginate({ query, cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead }) {
    const { sortedDocs, filterFn, fieldPathsToSortBy, order } = this._resolveQuerySource(query);
    const cursorFields = fieldPathsToSortBy.includes("_id") ? fieldPathsToSortBy : [...fieldPathsToSortBy, "_id"];
    const parseCursor = (c) => {
      if (!c)
        return null;
      return JSON.parse(c).map((k) => k === null ? void 0 : jsonToConvex(JSON.parse(k)));
    };
    const cursorKeys = cursor !== "_end_cursor" ? parseCursor(cursor) : null;
    const hasEndBoundary = !!endCursor && endCursor !== "_end_cursor";
    const endCursorKeys = hasEndBoundary ? parseCursor(endCursor) : null;
    const page = [];
    let isInPage = cursor === null;
    let isDone = false;
    let continueCursor = "_end_cursor";
    let splitCursor = null;
    let pageStatus = null;
    let rowsRead = 0;
    let bytesRead = 0;
    const readDocCursors = [];
    for (let i = 0; i < sortedDocs.length; i++) {
      const doc = sortedDocs[i];
      const isLastDoc = i === sortedDocs.length - 1;
      if (!isInPage) {
        if (cursor === "_end_cursor") {
          continue;
        } else if (cursorKeys) {
          if (this._docIsAfterCursor(doc, cursorKeys, cursorFields, order) > 0) {
            isInPage = true;
          } else {
            continue;
          }
        }
      }
      if (hasEndBoundary && endCursorKeys) {
        const cmp = this._docIsAfterCursor(doc, endCursorKeys, cursorFields, order);
        if (cmp >= 0) {
          if (cmp === 0) {
            rowsRead += 1;
            bytesRead += getDocumentSize(doc);
            readDocCursors.push(this._encodeCursor(doc, cursorFields));
            if (filterFn(doc)) {
              page.push(doc);
            }
            continueCursor = this._encodeCursor(doc, cursorFields);
          }
          break;
        }
      }
      rowsRead += 1;
      bytesRead += getDocumentSize(doc);
      readDocCursors.push(this._encodeCursor(doc, cursorFields));
      let hitLimit = false;
      if (maximumRowsRead && rowsRead >= maximumRowsRead) {
        hitLimit = true;
      }
      if (maximumBytesRead && bytesRead >= maximumBytesRead) {
        hitLimit = true;
      }
      if (filterFn(doc)) {
        page.push(doc);
      }
      if (hitLimit) {
        pageStatus = "SplitRequired";
        continueCursor = this._encodeCursor(doc, cursorFields);
        break;
      }
      if (!endCursor && page.length >= pageSize) {
        if (isLastDoc) {
        } else {
          continueCursor = this._encodeCursor(doc, cursorFields);
        }
        break;
      }
    }
    if (continueCursor === "_end_cursor") {
      isDone = true;
    }
    if (pageStatus === "SplitRequired" && readDocCursors.length >= 2) {
      const midIdx = Math.floor((readDocCursors.length - 1) / 2);
      splitCursor = readDocCursors[midIdx];
    } else if (pageStatus === null && rowsRead > pageSize + 1 && readDocCursors.length >= 2) {
      pageStatus = "SplitRecommended";
      const midIdx = Math.floor((readDocCursors.length - 1) / 2);
      splitCursor = readDocCursors[midIdx];
    }
    return {
      page,
      isDone,
      continueCursor,
      splitCursor,
      pageStatus
    };
  }
  _iterateDocs(tableName, callback) {
    const isInTable = (id) => tableNameFromId(id) === tableName;
    const ids = new Set(Object.keys(this._documents).filter(isInTable));
    for (let i = 0; i < this._writes.length; i++) {
      for (const id of Object.keys(this._writes[i]).filter(isInTable)) {
        ids.add(id);
      }
    }
    for (const id of ids) {
      const document = this.get(tableName, id);
      if (document !== null) {
        callback(document);
      }
    }
  }
  /**
   * Resolves the query source: loads documents matching the source (table scan,
   * index range, or search), sorts them, and returns along with the compiled
   * operator filter function. This separates "rows entering the pipeline"
   * (sortedDocs) from "rows exiting" (after filterFn), which is needed for
   * maximumRowsRead tracking in paginate().
   */
  _resolveQuerySource(query) {
    const source = query.source;
    const results = [];
    let fieldPathsToSortBy;
    let order;
    switch (source.type) {
      case "FullTableScan": {
        const tableName = source.tableName;
        this._iterateDocs(tableName, (doc) => {
          results.push(doc);
        });
        order = source.order ?? "asc";
        fieldPathsToSortBy = ["_creationTime"];
        break;
      }
      case "IndexRange": {
        const [tableName, indexName] = source.indexName.split(".");
        order = source.order ?? "asc";
        let fields;
        if (indexName === "by_creation_time") {
          fields = ["_creationTime", "_id"];
        } else if (indexName === "by_id") {
          fields = ["_id"];
        } else {
          const indexes = this._schema?.tables.get(tableName)?.indexes;
          const index = indexes?.find(({ indexDescriptor }) => indexDescriptor === indexName);
          if (index === void 0) {
            throw new Error(`Cannot use index "${indexName}" for table "${tableName}" because it is not declared in the schema.`);
          }
          fields = index.fields.concat(["_creationTime", "_id"]);
        }
        fieldPathsToSortBy = fields;
        validateIndexRangeExpression(source, fields);
        this._iterateDocs(tableName, (doc) => {
          if (source.range.every((filter) => evaluateRangeFilter(doc, filter))) {
            results.push(doc);
          }
        });
        break;
      }
      case "Search": {
        const [tableName] = source.indexName.split(".");
        this._iterateDocs(tableName, (doc) => {
          if (source.filters.every((filter) => evaluateSearchFilter(doc, filter))) {
            results.push(doc);
          }
        });
        fieldPathsToSortBy = [];
        order = "asc";
        break;
      }
    }
    const filters = query.operators.filter((operator) => "filter" in operator).map((operator) => operator.filter);
    const limit = query.operators.filter((operator) => "limit" in operator)[0] ?? null;
    results.sort((a, b) => {
      const orderMultiplier = order === "asc" ? 1 : -1;
      let v = 0;
      for (const fp of fieldPathsToSortBy) {
        v = compareValues(evaluateFieldPath(fp, a), evaluateFieldPath(fp, b));
        if (v !== 0) {
          return v * orderMultiplier;
        }
      }
      return v * orderMultiplier;
    });
    const filterFn = (doc) => filters.every((f) => evaluateFilter(doc, f));
    return {
      sortedDocs: results,
      filterFn,
      limit: limit?.limit ?? null,
      fieldPathsToSortBy,
      order
    };
  }
  _evaluateQuery(query) {
    const { sortedDocs, filterFn, limit } = this._resolveQuerySource(query);
    let results = sortedDocs.filter(filterFn);
    if (limit !== null) {
      results = results.slice(0, limit);
    }
    return results;
  }
  vectorSearch(tableAndIndexName, vector, expressions, limit) {
    const results = [];
    const [tableName, indexName] = tableAndIndexName.split(".");
    this._iterateDocs(tableName, (doc) => {
      if (expressions.every((filter) => evaluateFilter(doc, filter))) {
        results.push(doc);
      }
    });
    const vectorIndexes = this._schema?.tables.get(tableName)?.vectorIndexes;
    const vectorIndex = vectorIndexes?.find(({ indexDescriptor }) => indexDescriptor === indexName);
    if (vectorIndex === void 0) {
      throw new Error(`Cannot use vector index "${indexName}" for table "${tableName}" because it is not declared in the schema.`);
    }
    const { vectorField } = vectorIndex;
    const idsAndScores = results.map((doc) => {
      const score = cosineSimilarity(vector, doc[vectorField]);
      return { _id: doc._id, _score: score };
    });
    idsAndScores.sort((a, b) => b._score - a._score);
    return idsAndScores.slice(0, limit);
  }
  validateSchema() {
    this._schema?.tables.forEach((table, tableName) => {
      if (!isValidIdentifier(tableName)) {
        throw new Error(`Table names must be valid identifiers, got "${tableName}"`);
      }
      validateFieldNames(table.documentType);
      table.indexes.forEach(({ indexDescriptor }) => {
        if (!isValidIdentifier(indexDescriptor)) {
          throw new Error(`Index names must be valid identifiers, got "${indexDescriptor}"`);
        }
      });
    });
  }
  get componentPath() {
    return this._componentPath;
  }
};
function tableNameFromId(id) {
  const match = id.match(/^[0-9]+/);
  if (!match || match[0].length === id.length) {
    return null;
  }
  return id.slice(match[0].length);
}
function deserializeConvexErrorData(thrown) {
  if (typeof thrown === "object" && thrown !== null && /* @__PURE__ */ Symbol.for("ConvexError") in thrown && typeof thrown.data === "string") {
    try {
      thrown.data = jsonToConvex(JSON.parse(thrown.data));
    } catch {
    }
  }
  return thrown;
}
function isSimpleObject(value) {
  const isObject = typeof value === "object";
  const prototype = Object.getPrototypeOf(value);
  const isSimple = prototype === null || prototype === Object.prototype || // Objects generated from other contexts (e.g. across Node.js `vm` modules) will not satisfy the previous
  // conditions but are still simple objects.
  prototype?.constructor?.name === "Object";
  return isObject && isSimple;
}
var MAX_COMMIT_TS = 2n ** 63n - 1n;
function hasPendingValues(value) {
  if (value instanceof CommitTsPlaceholder) {
    return true;
  }
  if (Array.isArray(value)) {
    return value.some(hasPendingValues);
  }
  if (value !== null && value !== void 0 && isSimpleObject(value)) {
    return Object.values(value).some(hasPendingValues);
  }
  return false;
}
function resolvePendingValues(value) {
  return substituteCommitTs(value, MAX_COMMIT_TS);
}
function resolveCommittedValues(value, commitTs) {
  return substituteCommitTs(value, commitTs);
}
function substituteCommitTs(value, commitTs) {
  if (!hasPendingValues(value)) {
    return value;
  }
  if (value instanceof CommitTsPlaceholder) {
    return commitTs;
  }
  if (Array.isArray(value)) {
    return value.map((v) => substituteCommitTs(v, commitTs));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [
    k,
    substituteCommitTs(v, commitTs)
  ]));
}
function evaluateFieldPath(fieldPath, document) {
  const pathParts = fieldPath.split(".");
  let result = document;
  for (const p of pathParts) {
    result = result !== void 0 && result !== null && isSimpleObject(result) ? result[p] : void 0;
  }
  return result === void 0 ? void 0 : resolvePendingValues(result);
}
function evaluateFilter(document, filter) {
  if (filter.$eq !== void 0) {
    return compareValues(evaluateFilter(document, filter.$eq[0]), evaluateFilter(document, filter.$eq[1])) === 0;
  }
  if (filter.$neq !== void 0) {
    return compareValues(evaluateFilter(document, filter.$neq[0]), evaluateFilter(document, filter.$neq[1])) !== 0;
  }
  if (filter.$and !== void 0) {
    return filter.$and.every((child) => evaluateFilter(document, child));
  }
  if (filter.$or !== void 0) {
    return filter.$or.some((child) => evaluateFilter(document, child));
  }
  if (filter.$not !== void 0) {
    return !evaluateFilter(document, filter.$not);
  }
  if (filter.$gt !== void 0) {
    return evaluateFilter(document, filter.$gt[0]) > evaluateFilter(document, filter.$gt[1]);
  }
  if (filter.$gte !== void 0) {
    return evaluateFilter(document, filter.$gte[0]) >= evaluateFilter(document, filter.$gte[1]);
  }
  if (filter.$lt !== void 0) {
    return evaluateFilter(document, filter.$lt[0]) < evaluateFilter(document, filter.$lt[1]);
  }
  if (filter.$lte !== void 0) {
    return evaluateFilter(document, filter.$lte[0]) <= evaluateFilter(document, filter.$lte[1]);
  }
  if (filter.$add !== void 0) {
    return evaluateFilter(document, filter.$add[0]) + evaluateFilter(document, filter.$add[1]);
  }
  if (filter.$sub !== void 0) {
    return evaluateFilter(document, filter.$sub[0]) - evaluateFilter(document, filter.$sub[1]);
  }
  if (filter.$mul !== void 0) {
    return evaluateFilter(document, filter.$mul[0]) * evaluateFilter(document, filter.$mul[1]);
  }
  if (filter.$div !== void 0) {
    return evaluateFilter(document, filter.$div[0]) / evaluateFilter(document, filter.$div[1]);
  }
  if (filter.$mod !== void 0) {
    return evaluateFilter(document, filter.$mod[0]) % evaluateFilter(document, filter.$mod[1]);
  }
  if (filter.$field !== void 0) {
    return evaluateFieldPath(filter.$field, document);
  }
  if (filter.$literal !== void 0) {
    return evaluateQueryValue(filter.$literal);
  }
  throw new Error(`not implemented: ${JSON.stringify(filter)}`);
}
function evaluateRangeFilter(document, expr) {
  const result = evaluateFieldPath(expr.fieldPath, document);
  const value = evaluateQueryValue(expr.value);
  switch (expr.type) {
    case "Eq":
      return compareValues(result, value) === 0;
    case "Gt":
      return compareValues(result, value) > 0;
    case "Gte":
      return compareValues(result, value) >= 0;
    case "Lt":
      return compareValues(result, value) < 0;
    case "Lte":
      return compareValues(result, value) <= 0;
  }
}
function evaluateValue(value) {
  if (typeof value === "object" && value !== null && "$undefined" in value) {
    return void 0;
  }
  return jsonToConvex(value);
}
function evaluateQueryValue(value) {
  const evaluatedValue = evaluateValue(value);
  return evaluatedValue === void 0 ? void 0 : resolvePendingValues(evaluatedValue);
}
function evaluateSearchFilter(document, filter) {
  const result = evaluateFieldPath(filter.fieldPath, document);
  switch (filter.type) {
    case "Eq":
      return compareValues(result, evaluateQueryValue(filter.value)) === 0;
    case "Search": {
      const queryTerms = filter.value.toLowerCase().split(/\s+/).filter((term) => term.length > 0);
      const documentWords = result.split(/\s+/).map((word) => word.toLowerCase());
      return queryTerms.some((queryTerm) => documentWords.some((word) => word.startsWith(queryTerm)));
    }
  }
}
function cosineSimilarity(vecA, vecB) {
  let dotProduct = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < vecA.length; i++) {
    dotProduct += vecA[i] * vecB[i];
    normA += vecA[i] * vecA[i];
    normB += vecB[i] * vecB[i];
  }
  if (normA === 0 || normB === 0) {
    return 0;
  } else {
    return dotProduct / (Math.sqrt(normA) * Math.sqrt(normB));
  }
}
function validateIndexRangeExpression(source, fields) {
  let fieldIndex = 0;
  let state = "eq";
  for (const [filterIndex, filter] of source.range.entries()) {
    if (state === "done") {
      throw new Error(`Incorrect operator used in \`withIndex\`, cannot chain more operators after both \`.gt\` and \`.lt\` were already used, got \`${printIndexOperator(filter)}\`.`);
    }
    const filterType = filter.type == "Gt" || filter.type == "Gte" ? "gt" : filter.type == "Lt" || filter.type == "Lte" ? "lt" : "eq";
    switch (`${state}|${filterType}`) {
      // Allow to operate on the current indexed field
      case "eq|eq":
      case "eq|gt":
      case "eq|lt":
        if (filter.fieldPath === fields[fieldIndex]) {
          fieldIndex += 1;
          state = filterType;
          continue;
        }
        throw new Error(`Incorrect field used in \`withIndex\`, expected "${fields[fieldIndex]}", got "${filter.fieldPath}"`);
      // Allow to operate on the previous field (gt and lt must operate on same field)
      case "lt|gt":
      case "gt|lt":
        if (fieldIndex > 0 && filter.fieldPath === fields[fieldIndex - 1]) {
          state = "done";
          continue;
        }
        throw new Error(`Incorrect field used in \`withIndex\`, \`.gt\` and \`.lt\` must operate on the same field, expected "${fields[fieldIndex - 1]}", got "${filter.fieldPath}"`);
      default:
        throw new Error(`Incorrect operator used in \`withIndex\`, cannot chain \`.${filter.type.toLowerCase()}()\` after \`.${source.range[filterIndex - 1].type.toLowerCase()}()\``);
    }
  }
}
function printIndexOperator(filter) {
  return `.${filter.type.toLowerCase()}(${filter.fieldPath}, ${JSON.stringify(filter.value)})`;
}
function validateFieldNames(validator) {
  if (validator.type === "object") {
    Object.keys(validator.value).forEach((fieldName) => {
      if (!isValidIdentifier(fieldName)) {
        throw new Error(`Field names must be valid identifiers, got "${fieldName}"`);
      }
    });
  }
  if (validator.type === "union") {
    validator.value.forEach(validateFieldNames);
  }
}
function isValidIdentifier(name) {
  return /(^_(id|creationTime)$)|^[a-zA-Z][a-zA-Z0-9_]*$/.test(name);
}
function validateValidator(validator, value) {
  switch (validator.type) {
    case "null": {
      if (value !== null) {
        throw new Error(`Validator error: Expected \`null\`, got \`${value}\``);
      }
      return;
    }
    case "number": {
      if (typeof value !== "number") {
        throw new Error(`Validator error: Expected \`number\`, got \`${value}\``);
      }
      return;
    }
    case "bigint": {
      if (typeof value !== "bigint") {
        throw new Error(`Validator error: Expected \`bigint\`, got \`${value}\``);
      }
      return;
    }
    case "commitTs": {
      if (typeof value !== "bigint" && !(value instanceof CommitTsPlaceholder)) {
        throw new Error(`Validator error: Expected \`v.commitTs()\`, got \`${value}\``);
      }
      return;
    }
    case "boolean": {
      if (typeof value !== "boolean") {
        throw new Error(`Validator error: Expected \`boolean\`, got \`${value}\``);
      }
      return;
    }
    case "string": {
      if (typeof value !== "string") {
        throw new Error(`Validator error: Expected \`string\`, got \`${value}\``);
      }
      return;
    }
    case "bytes": {
      if (!(value instanceof ArrayBuffer)) {
        throw new Error(`Validator error: Expected \`ArrayBuffer\`, got \`${value}\``);
      }
      return;
    }
    case "any": {
      return;
    }
    case "literal": {
      if (value !== validator.value) {
        throw new Error(`Validator error: Expected \`${validator.value}\`, got \`${value}\``);
      }
      return;
    }
    case "id": {
      if (typeof value !== "string") {
        throw new Error(`Validator error: Expected \`string\`, got \`${value}\``);
      }
      if (tableNameFromId(value) !== validator.tableName) {
        throw new Error(`Validator error: Expected ID for table "${validator.tableName}", got \`${value}\``);
      }
      return;
    }
    case "array": {
      if (!Array.isArray(value)) {
        throw new Error(`Validator error: Expected \`Array\`, got \`${value}\``);
      }
      for (const v of value) {
        validateValidator(validator.value, v);
      }
      return;
    }
    case "union": {
      let isValid = false;
      for (const v of validator.value) {
        try {
          validateValidator(v, value);
          isValid = true;
          break;
        } catch {
        }
      }
      if (!isValid) {
        throw new Error(`Validator error: Expected one of ${validator.value.map((v) => v.type).join(", ")}, got \`${JSON.stringify(convexToJson(value))}\``);
      }
      return;
    }
    case "object": {
      if (typeof value !== "object") {
        throw new Error(`Validator error: Expected \`object\`, got \`${value}\``);
      }
      if (!isSimpleObject(value)) {
        throw new Error(`Validator error: Expected a plain old JavaScript \`object\`, got \`${value}\``);
      }
      for (const [k, { fieldType, optional }] of Object.entries(validator.value)) {
        if (value[k] === void 0) {
          if (!optional) {
            throw new Error(`Validator error: Missing required field \`${k}\` in object`);
          }
        } else {
          validateValidator(fieldType, value[k]);
        }
      }
      for (const k of Object.keys(value)) {
        if (validator.value[k] === void 0) {
          throw new Error(`Validator error: Unexpected field \`${k}\` in object`);
        }
      }
      return;
    }
  }
}
function syscallImpl() {
  return (op, jsonArgs) => {
    const args = JSON.parse(jsonArgs);
    const db = getDb();
    switch (op) {
      case "1.0/getSnapshotTs": {
        return JSON.stringify(convexToJson(getTransactionManager().getSnapshotTs()));
      }
      case "1.0/queryStream": {
        const { query } = args;
        const tracker = getTransactionManager().getMetricsTracker();
        tracker?.trackIndexRange();
        const queryId = db.startQuery(query);
        return JSON.stringify({ queryId });
      }
      case "1.0/queryCleanup": {
        return JSON.stringify({});
      }
      case "1.0/db/normalizeId": {
        const idString = args.idString;
        const tableName = tableNameFromId(idString);
        return JSON.stringify({
          id: tableName === args.table ? idString : null
        });
      }
      default: {
        throw new Error(`\`convexTest\` does not support syscall: "${op}"`);
      }
    }
  };
}
var AuthFake = class {
  _userIdentity;
  _token;
  constructor(_userIdentity = null, _token = null) {
    this._userIdentity = _userIdentity;
    this._token = _token;
  }
  getUserIdentity() {
    return Promise.resolve(this._userIdentity);
  }
  get token() {
    return this._token;
  }
};
var JWT_CLAIM_BY_IDENTITY_ATTRIBUTE = {
  subject: "sub",
  issuer: "iss",
  name: "name",
  givenName: "given_name",
  familyName: "family_name",
  nickname: "nickname",
  preferredUsername: "preferred_username",
  profileUrl: "profile",
  pictureUrl: "picture",
  email: "email",
  emailVerified: "email_verified",
  gender: "gender",
  birthday: "birthdate",
  timezone: "zoneinfo",
  language: "locale",
  phoneNumber: "phone_number",
  phoneNumberVerified: "phone_number_verified",
  address: "address",
  updatedAt: "updated_at"
};
function base64UrlEncode(value) {
  const bytes = new TextEncoder().encode(value);
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function createTestJwt(identity) {
  const claims = /* @__PURE__ */ Object.create(null);
  for (const [attribute, value] of Object.entries(identity)) {
    if (value === void 0 || attribute === "tokenIdentifier") {
      continue;
    }
    const claimName = Object.hasOwn(JWT_CLAIM_BY_IDENTITY_ATTRIBUTE, attribute) ? JWT_CLAIM_BY_IDENTITY_ATTRIBUTE[attribute] : attribute;
    claims[claimName] = value;
  }
  claims.iss = identity.issuer;
  claims.sub = identity.subject;
  const header = base64UrlEncode(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64UrlEncode(JSON.stringify(claims));
  return `${header}.${payload}.`;
}
async function runScheduledFunction({ db, jobId, componentPath, functionPath, args, name }) {
  const requestMetadata = {
    ip: null,
    userAgent: null,
    requestId: newRequestId(),
    scheduledFunctionId: jobId,
    authToken: null
  };
  await requestMetadataStorage.run(requestMetadata, () => authStorage.run(new AuthFake(), async () => {
    const canceled = await withAuth().runInComponent(componentPath, async () => {
      const job = db.get("_scheduled_functions", jobId);
      if (!job)
        return true;
      if (job.state.kind === "canceled") {
        return true;
      }
      if (job.state.kind !== "pending") {
        throw new Error(`\`convexTest\` invariant error: Unexpected scheduled function state when starting it: ${job.state.kind}`);
      }
      db.patch("_scheduled_functions", jobId, {
        state: { kind: "inProgress" }
      });
      return false;
    });
    if (canceled) {
      return;
    }
    try {
      await withAuth().fun(functionPath, args);
    } catch (error) {
      console.error(`Error when running scheduled function ${name}`, error);
      await withAuth().runInComponent(componentPath, async () => {
        db.patch("_scheduled_functions", jobId, {
          state: { kind: "failed" },
          completedTime: Date.now()
        });
      });
      return;
    }
    await withAuth().runInComponent(componentPath, async () => {
      const job = db.get("_scheduled_functions", jobId);
      if (job.state.kind !== "inProgress") {
        throw new Error(`\`convexTest\` invariant error: Unexpected scheduled function state after it finished running: ${job.state.kind}`);
      }
      db.patch("_scheduled_functions", jobId, {
        state: { kind: "success" }
      });
    });
  }));
}
function asyncSyscallImpl() {
  return async (op, jsonArgs) => {
    const args = JSON.parse(jsonArgs);
    const db = getDb();
    const tracker = getTransactionManager().getMetricsTracker();
    function getAndTrack(table, id) {
      const doc = db.get(table, id);
      if (doc !== null) {
        tracker?.trackRead(getDocumentSize(doc));
      }
      return doc;
    }
    switch (op) {
      case "1.0/get": {
        const { table, id } = args;
        tracker?.trackIndexRange();
        const doc = getAndTrack(table, id);
        return JSON.stringify(convexToJson(doc));
      }
      case "1.0/queryStreamNext": {
        const { value, done } = db.queryNext(args.queryId);
        if (!done && value !== null) {
          tracker?.trackRead(getDocumentSize(value));
        }
        return JSON.stringify(convexToJson({ value, done }));
      }
      case "1.0/queryPage": {
        const { query, cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead } = args;
        const ctx = executionContextStorage.getStore();
        if (ctx) {
          ctx.paginatedQueries += 1;
          if (ctx.paginatedQueries > 1) {
            throw new Error("Only a single paginated query (`.paginate()`) is allowed per function execution. Calling `.paginate()` more than once in a single Convex function fails at runtime in a deployed backend. This is a Convex limit: https://docs.convex.dev/database/pagination");
          }
        }
        const { page, isDone, continueCursor, splitCursor, pageStatus } = db.paginate({
          query,
          cursor,
          endCursor,
          pageSize,
          maximumRowsRead,
          maximumBytesRead
        });
        if (tracker) {
          tracker.trackIndexRange();
          for (const doc of page) {
            tracker.trackRead(getDocumentSize(doc));
          }
        }
        return JSON.stringify(convexToJson({
          page,
          isDone,
          continueCursor,
          splitCursor,
          pageStatus
        }));
      }
      case "1.0/insert": {
        const _id = db.insert(args.table, jsonToConvex(args.value));
        tracker?.trackWrite(getConvexSize(db.get(args.table, _id)));
        return JSON.stringify({ _id });
      }
      case "1.0/shallowMerge": {
        const { table, id, value } = args;
        getAndTrack(table, id);
        db.patch(table, id, value);
        tracker?.trackWrite(getConvexSize(db.get(table, id)));
        return JSON.stringify({});
      }
      case "1.0/replace": {
        const { table, id, value } = args;
        getAndTrack(table, id);
        db.replace(table, id, value);
        tracker?.trackWrite(getConvexSize(db.get(table, id)));
        return JSON.stringify({});
      }
      case "1.0/remove": {
        const { table, id } = args;
        getAndTrack(table, id);
        db.delete(table, id);
        tracker?.trackWrite(0);
        return JSON.stringify({});
      }
      case "1.0/getTransactionMetrics": {
        if (tracker) {
          return JSON.stringify(convexToJson(tracker.getTransactionMetrics()));
        }
        throw new Error("getTransactionMetrics() can only be called from a query or mutation. It is not available in actions or outside of a Convex function.");
      }
      case "1.0/getFunctionMetadata": {
        const ctx = executionContextStorage.getStore();
        if (!ctx) {
          throw new Error("getFunctionMetadata() can only be called from within a Convex function.");
        }
        return JSON.stringify(convexToJson({
          name: ctx.udfPath,
          componentPath: ctx.componentPath
        }));
      }
      case "1.0/getRequestMetadata": {
        const ctx = executionContextStorage.getStore();
        const requestMetadata = requestMetadataStorage.getStore();
        if (ctx === void 0 || requestMetadata === void 0) {
          throw new Error("getRequestMetadata() can only be called from a mutation, action or HTTP action. It is not available in queries or outside of a Convex function.");
        }
        if (ctx.udfType === "query") {
          throw new Error("getRequestMetadata() can only be called from a mutation, action or HTTP action. It is not available in queries.");
        }
        return JSON.stringify(convexToJson(requestMetadata));
      }
      case "1.0/getDeploymentMetadata": {
        return JSON.stringify(convexToJson({
          name: "test",
          region: null,
          class: "s16"
        }));
      }
      case "1.0/actions/query": {
        const { name, args: queryArgs } = args;
        return JSON.stringify(convexToJson(await withAuth().runQuery(makeFunctionReference(name), queryArgs)));
      }
      case "1.0/actions/mutation": {
        const { name, args: mutationArgs } = args;
        return JSON.stringify(convexToJson(await withAuth().runMutation(makeFunctionReference(name), mutationArgs)));
      }
      case "1.0/actions/action": {
        const { name, args: actionArgs } = args;
        return JSON.stringify(convexToJson(await withAuth().runAction(makeFunctionReference(name), actionArgs)));
      }
      case "1.0/runUdf": {
        const { udfType, name, reference, functionHandle, args: udfArgsJson, transactionLimits } = args;
        const udfArgs = jsonToConvex(udfArgsJson);
        const functionPath = getFunctionPathFromAddress({
          name,
          reference,
          functionHandle
        });
        if (udfType === "query") {
          return JSON.stringify(convexToJson(await withAuth().queryFromPath(functionPath, udfArgs, transactionLimits)));
        }
        if (udfType === "snapshotQuery") {
          return JSON.stringify(convexToJson(await withAuth().snapshotQueryFromPath(functionPath, udfArgs, transactionLimits)));
        }
        if (udfType === "mutation") {
          return JSON.stringify(convexToJson(await withAuth().mutationFromPath(functionPath, udfArgs, transactionLimits)));
        }
        throw new Error(`\`convexTest\` does not support udf type: "${udfType}"`);
      }
      case "1.0/createFunctionHandle": {
        const { name, reference, functionHandle } = args;
        const functionPath = getFunctionPathFromAddress({
          name,
          reference,
          functionHandle
        });
        const handle = createFunctionHandle(functionPath);
        return JSON.stringify(handle);
      }
      case "1.0/actions/schedule": {
        return await withAuth().run(async () => {
          return await getSyscalls().asyncSyscall("1.0/schedule", jsonArgs);
        });
      }
      case "1.0/schedule": {
        const { name, reference, functionHandle, args: fnArgs, ts: tsInSecs } = args;
        const functionAddress = { name, reference, functionHandle };
        const functionPath = getFunctionPathFromAddress(functionAddress);
        const parsedArgs = jsonToConvex(fnArgs);
        if (hasPendingValues(parsedArgs)) {
          throw new Error(`Invalid arguments for "${functionPath.udfPath}": a scheduled function cannot take an unresolved placeholder value.`);
        }
        tracker?.trackScheduledFunction(getConvexSize(parsedArgs));
        const jobId = db.insert("_scheduled_functions", {
          args: [parsedArgs],
          name: functionPath.udfPath,
          scheduledTime: tsInSecs * 1e3,
          state: { kind: "pending" }
        });
        const componentPath = getCurrentComponentPath();
        const capturedGlobal = getConvexGlobal();
        const scheduler = capturedGlobal.scheduler;
        nestedTxStorage.exit(() => {
          scheduler.timerScheduled();
          frameworkSetTimeout(() => {
            scheduler.timerFired();
            const promise = convexGlobalStorage.run(capturedGlobal, () => runScheduledFunction({
              db,
              jobId,
              componentPath,
              functionPath,
              args: parsedArgs,
              name
            })).finally(() => {
              scheduler.finish(promise);
            });
            scheduler.add(promise);
          }, Math.max(0, tsInSecs * 1e3 - Date.now()));
        });
        return JSON.stringify(convexToJson(jobId));
      }
      case "1.0/actions/cancel_job": {
        await withAuth().run(async () => {
          await getSyscalls().asyncSyscall("1.0/cancel_job", jsonArgs);
        });
        return JSON.stringify({});
      }
      case "1.0/actions/vectorSearch": {
        const { query: { indexName, limit, vector, expressions } } = args;
        const results = db.vectorSearch(
          indexName,
          vector,
          // Probably an unintentional implementation in Convex
          // where expressions is only a single expression
          expressions === null ? [] : [expressions],
          limit
        );
        return JSON.stringify(convexToJson({ results }));
      }
      case "1.0/cancel_job": {
        const { id } = args;
        db.patch("_scheduled_functions", id, { state: { kind: "canceled" } });
        return JSON.stringify({});
      }
      case "1.0/storageDelete": {
        const { storageId } = args;
        await writeToDatabase(async (db2) => {
          db2.delete("_storage", storageId);
        });
        return JSON.stringify({});
      }
      case "1.0/storageGetUrl": {
        const { storageId } = args;
        const metadata = db.get("_storage", storageId);
        if (metadata === null) {
          return JSON.stringify(null);
        }
        const { sha256 } = metadata;
        const url = "https://some-deployment.convex.cloud/api/storage/" + sha256;
        return JSON.stringify(convexToJson(url));
      }
      case "1.0/storageGenerateUploadUrl": {
        const url = "https://some-deployment.convex.cloud/api/storage/upload?token=" + Math.random();
        return JSON.stringify(convexToJson(url));
      }
      case "1.0/count": {
        const { table } = args;
        const queryId = db.startQuery({
          source: { type: "FullTableScan", tableName: table, order: "asc" },
          operators: []
        });
        let count = 0;
        while (true) {
          const result = db.queryNext(queryId);
          if (result.done) {
            break;
          }
          count += 1;
        }
        return JSON.stringify(count);
      }
      case "1.0/auditLog": {
        return JSON.stringify(null);
      }
      default: {
        throw new Error(`\`convexTest\` does not support async syscall: "${op}"`);
      }
    }
  };
}
function jsSyscallImpl() {
  return async (op, args) => {
    const db = getDb();
    switch (op) {
      case "storage/storeBlob": {
        const { blob } = args;
        const storageId = await writeToDatabase(async (db2) => {
          return db2.insert("_storage", {
            size: blob.size,
            sha256: await blobSha(blob)
          });
        });
        db.storeFile(storageId, blob);
        return storageId;
      }
      case "storage/getBlob": {
        const { storageId } = args;
        return db.getFile(storageId);
      }
      default: {
        throw new Error(`\`convexTest\` does not support js syscall: "${op}"`);
      }
    }
  };
}
async function writeToDatabase(impl) {
  const db = getDb();
  if (!getTransactionManager().isInTransaction()) {
    return await withAuth().run(async () => {
      return await impl(db);
    });
  } else {
    return await impl(db);
  }
}
async function blobSha(blob) {
  const arrayBuffer = await blob.arrayBuffer();
  const hashBuffer = await crypto.subtle.digest("SHA-256", arrayBuffer);
  const hashArray = new Uint8Array(hashBuffer);
  return btoa(String.fromCharCode(...hashArray));
}
function getComponentInfo(componentPath) {
  const convex = getConvexGlobal();
  if (convex.components[componentPath] === void 0) {
    throw new Error(`Component "${componentPath}" is not registered. Call "t.registerComponent".`);
  }
  return convex.components[componentPath];
}
function getDbForComponent(componentPath) {
  return getComponentInfo(componentPath).db;
}
function getDb() {
  return getDbForComponent(getCurrentComponentPath());
}
function getTransactionManager() {
  return getConvexGlobal().transactionManager;
}
function getCurrentComponentPath() {
  return executionContextStorage.getStore()?.componentPath ?? ROOT_COMPONENT_PATH;
}
function getModules() {
  return getModulesForComponent(getCurrentComponentPath());
}
function getModulesForComponent(componentPath) {
  return getComponentInfo(componentPath).modules;
}
function getSyscalls() {
  return getConvexGlobal();
}
function moduleCache(specifiedModules) {
  const modules = specifiedModules ?? import.meta.glob("../../../convex/**/*.*s");
  const prefix = findModulesRoot(Object.keys(modules), specifiedModules !== void 0);
  const modulesWithoutExtension = Object.fromEntries(Object.entries(modules).map(([path4, module]) => [
    path4.replace(/\.[^.]+$/, ""),
    module
  ]));
  return async (path4) => {
    const module = modulesWithoutExtension[prefix + path4];
    if (module === void 0) {
      throw new Error(`Could not find module for: "${path4}"`);
    }
    return await module();
  };
}
function findModulesRoot(modulesPaths, userProvidedModules) {
  const generatedFilePath = modulesPaths.find((path4) => path4.includes("_generated"));
  if (generatedFilePath !== void 0) {
    return generatedFilePath.split("_generated", 2)[0];
  }
  throw new Error('Could not find the "_generated" directory, make sure to run `npx convex dev` or `npx convex codegen`. ' + (userProvidedModules ? 'Make sure your `import.meta.glob` includes the files in the "_generated" directory' : 'If your Convex functions aren\'t defined in a directory called "convex" sibling to your node_modules, provide the second argument to `convexTest`'));
}
var executionContextStorage = new AsyncLocalStorage();
var requestMetadataStorage = new AsyncLocalStorage();
var DEFAULT_REQUEST_OPTIONS = { ip: null, userAgent: null };
var nextRequestId = 0;
function newRequestId() {
  return `fake-request-id-${nextRequestId++}`;
}
function getConvexGlobal() {
  const store = convexGlobalStorage.getStore();
  if (!store) {
    throw new Error("No active convexTest context. Make sure you are calling methods on the object returned by convexTest().");
  }
  return store;
}
var PATCHABLE_GLOBALS = [
  "setTimeout",
  "clearTimeout",
  "setInterval",
  "clearInterval",
  "fetch",
  "Date",
  "Math",
  "console",
  "process",
  "crypto",
  "Crypto",
  "CryptoKey",
  "SubtleCrypto",
  "atob",
  "btoa",
  "Request",
  "Response",
  "Headers",
  "URL",
  "URLSearchParams",
  "AbortController",
  "TextEncoder",
  "TextDecoder",
  "structuredClone",
  "queueMicrotask",
  "performance"
];
var globalOverridesStorage = new AsyncLocalStorage();
function frameworkSetTimeout(cb, ms) {
  return globalOverridesStorage.exit(() => globalThis.setTimeout(cb, ms));
}
function disallowedInTransaction(name) {
  return () => {
    throw new Error(`\`${name}\` is not supported in Convex queries or mutations. Move this code to an action; a mutation can start one with \`ctx.scheduler.runAfter(0, ...)\`.`);
  };
}
function transactionGlobalOverrides() {
  return {
    fetch: disallowedInTransaction("fetch"),
    setTimeout: disallowedInTransaction("setTimeout"),
    clearTimeout: disallowedInTransaction("clearTimeout"),
    setInterval: disallowedInTransaction("setInterval"),
    clearInterval: disallowedInTransaction("clearInterval")
  };
}
var globalProxySetters = /* @__PURE__ */ new WeakMap();
function installGlobalProxies() {
  const g = globalThis;
  for (const key of PATCHABLE_GLOBALS) {
    if (!(key in g))
      continue;
    const descriptor = Object.getOwnPropertyDescriptor(g, key);
    const installedSetter = (
      // eslint-disable-next-line @typescript-eslint/unbound-method -- Compare accessor identity without calling it.
      descriptor?.get && globalProxySetters.get(descriptor.get)
    );
    if (installedSetter && installedSetter === descriptor.set)
      continue;
    if (descriptor?.configurable === false)
      continue;
    let originalDescriptor = descriptor;
    for (let prototype = Object.getPrototypeOf(g); !originalDescriptor && prototype; prototype = Object.getPrototypeOf(prototype)) {
      originalDescriptor = Object.getOwnPropertyDescriptor(prototype, key);
    }
    if (!originalDescriptor)
      continue;
    const defaultDescriptor = originalDescriptor;
    const get = () => {
      const store = globalOverridesStorage.getStore();
      if (store && key in store)
        return store[key];
      return "value" in defaultDescriptor ? defaultDescriptor.value : defaultDescriptor.get?.call(g);
    };
    const set = (value) => {
      const store = globalOverridesStorage.getStore();
      if (store) {
        store[key] = value;
      } else if ("value" in defaultDescriptor && defaultDescriptor.writable) {
        defaultDescriptor.value = value;
      } else if (defaultDescriptor.set) {
        defaultDescriptor.set.call(g, value);
      } else {
        throw new TypeError(`Cannot assign to read only global '${key}'`);
      }
    };
    try {
      Object.defineProperty(g, key, {
        get,
        set,
        configurable: true,
        enumerable: descriptor?.enumerable ?? false
      });
      globalProxySetters.set(get, set);
    } catch {
    }
  }
}
function runWithGlobalOverrides(overrides, handler) {
  installGlobalProxies();
  return globalOverridesStorage.run(overrides, handler);
}
var _globalProxyInstalled = false;
function ensureGlobalProxy() {
  if (_globalProxyInstalled)
    return;
  _globalProxyInstalled = true;
  installGlobalProxies();
  global.Convex = {
    get syscall() {
      return getConvexGlobal().syscall;
    },
    get asyncSyscall() {
      return getConvexGlobal().asyncSyscall;
    },
    get jsSyscall() {
      return getConvexGlobal().jsSyscall;
    }
  };
}
var Scheduler = class {
  _inFlight = /* @__PURE__ */ new Set();
  // Number of setTimeouts registered for scheduled functions that haven't
  // fired yet. Timers registered while real timers were active cannot be
  // fired by advancing fake timers — they need real event loop turns —
  // so `finishAllScheduledFunctions` uses this to know whether to keep
  // yielding instead of returning early.
  _pendingTimerCount = 0;
  timerScheduled() {
    this._pendingTimerCount += 1;
  }
  timerFired() {
    this._pendingTimerCount -= 1;
  }
  anyPendingTimers() {
    return this._pendingTimerCount > 0;
  }
  add(promise) {
    this._inFlight.add(promise);
  }
  finish(promise) {
    this._inFlight.delete(promise);
  }
  anyFunctionsRunning() {
    return this._inFlight.size > 0;
  }
  async finishInProgressScheduledFunctions() {
    while (this._inFlight.size > 0) {
      await Promise.all(this._inFlight);
    }
  }
};
var TransactionManager = class {
  // The DatabaseFake is used in the Convex global,
  // and so it restricts `convexTest` to run one function
  // at a time.
  // We force sequential execution to make sure actions
  // can run mutations in parallel.
  _waitOnCurrentFunction = null;
  _markTransactionDone = null;
  // Tracks bandwidth usage and enforces limits for the current top-level
  // transaction (null when none is in progress). Like the per-component
  // `DatabaseFake`, it owns a stack of nested transaction layers; we drive its
  // `startTransaction` / `commit` / `rollback` in lockstep with the databases'.
  _metricsTracker = null;
  _limitsConfig;
  // The latest committed transaction's timestamp, in Unix nanoseconds.
  // Zero represents the initial empty database, before any commits.
  _lastCommitTs = 0n;
  constructor(limitsConfig = false) {
    this._limitsConfig = limitsConfig;
  }
  async begin(isNested, transactionLimits) {
    if (!isNested) {
      while (this._waitOnCurrentFunction !== null) {
        await this._waitOnCurrentFunction;
      }
      this._waitOnCurrentFunction = new Promise((resolve) => {
        this._markTransactionDone = resolve;
      });
      this._metricsTracker = new TransactionMetricsTracker(this._limitsConfig);
    }
    const convex = getConvexGlobal();
    for (const component of Object.values(convex.components)) {
      component.db.startTransaction();
    }
    this._metricsTracker?.startTransaction(transactionLimits);
  }
  // Used to distinguish between mutation and action execution
  // environment.
  isInTransaction() {
    return this._waitOnCurrentFunction !== null;
  }
  // The metrics tracker, or null when not inside a transaction.
  getMetricsTracker() {
    return this._metricsTracker;
  }
  getSnapshotTs() {
    if (!this.isInTransaction()) {
      throw new Error("getSnapshotTs() can only be called from a query or mutation.");
    }
    return this._lastCommitTs;
  }
  // Returns the transaction's commit timestamp, or null for a nested commit,
  // whose writes stay pending until the outermost transaction commits.
  commit(isNested) {
    let commitTs = null;
    if (!isNested) {
      const nowNanos = BigInt(Date.now()) * 1000000n;
      commitTs = nowNanos > this._lastCommitTs ? nowNanos : this._lastCommitTs + 1n;
      this._lastCommitTs = commitTs;
    }
    const convex = getConvexGlobal();
    for (const component of Object.values(convex.components)) {
      component.db.commit(commitTs);
    }
    this._metricsTracker?.commit();
    this._endTransaction(isNested);
    return commitTs;
  }
  rollback(isNested) {
    const convex = getConvexGlobal();
    for (const component of Object.values(convex.components)) {
      component.db.rollbackWrites();
    }
    this._metricsTracker?.rollback();
    this._endTransaction(isNested);
  }
  _endTransaction(isNested) {
    if (this._markTransactionDone === null) {
      throw new Error("Transaction not started");
    }
    if (!isNested) {
      this._metricsTracker = null;
      this._waitOnCurrentFunction = null;
      this._markTransactionDone();
      this._markTransactionDone = null;
    }
  }
  stashWrites() {
    const convex = getConvexGlobal();
    const stashed = /* @__PURE__ */ new Map();
    for (const [path4, component] of Object.entries(convex.components)) {
      stashed.set(path4, component.db.stashWrites());
    }
    return stashed;
  }
  restoreWrites(stashed) {
    const convex = getConvexGlobal();
    for (const [path4, writes] of stashed) {
      convex.components[path4].db.restoreWrites(writes);
    }
  }
};
function convexTest(schemaOrOptions, modules) {
  let schema = void 0;
  let limitsConfig = false;
  function isSchemaDefinition(schemaOrOptions2) {
    return schemaOrOptions2 !== null && typeof schemaOrOptions2 === "object" && "tables" in schemaOrOptions2 && typeof schemaOrOptions2.tables === "object";
  }
  if (schemaOrOptions === void 0) {
  } else if (isSchemaDefinition(schemaOrOptions)) {
    schema = schemaOrOptions;
  } else {
    const opts = schemaOrOptions;
    schema = opts.schema;
    modules = opts.modules;
    limitsConfig = opts.transactionLimits ?? false;
  }
  const rootDb = new DatabaseFake(schema ?? null, ROOT_COMPONENT_PATH);
  const convexGlobal = {
    components: {
      [ROOT_COMPONENT_PATH]: {
        db: rootDb,
        modules: moduleCache(modules)
      }
    },
    transactionManager: new TransactionManager(limitsConfig),
    scheduler: new Scheduler(),
    syscall: syscallImpl(),
    asyncSyscall: asyncSyscallImpl(),
    jsSyscall: jsSyscallImpl()
  };
  ensureGlobalProxy();
  function wrapInContext(obj) {
    const result = {};
    for (const key of Object.keys(obj)) {
      const val = obj[key];
      result[key] = typeof val === "function" ? (...args) => convexGlobalStorage.run(convexGlobal, () => val(...args)) : val;
    }
    return result;
  }
  function registerComponent(componentPath, schema2, glob) {
    const componentInfo = {
      db: new DatabaseFake(schema2, componentPath),
      modules: moduleCache(glob)
    };
    convexGlobal.components[componentPath] = componentInfo;
  }
  function testAccessor(auth, requestOptions) {
    return {
      ...wrapInContext(withAuth(auth, requestOptions)),
      withIdentity(identity) {
        const subject = identity.subject ?? "" + simpleHash(JSON.stringify(identity));
        const issuer = identity.issuer ?? "https://convex.test";
        const tokenIdentifier = identity.tokenIdentifier ?? `${issuer}|${subject}`;
        const fullIdentity = { ...identity, subject, issuer, tokenIdentifier };
        return testAccessor(new AuthFake(fullIdentity, createTestJwt(fullIdentity)), requestOptions);
      },
      withRequestMetadata(metadata) {
        return testAccessor(auth, {
          ip: metadata.ip ?? null,
          userAgent: metadata.userAgent ?? null
        });
      }
    };
  }
  return {
    ...testAccessor(new AuthFake(), DEFAULT_REQUEST_OPTIONS),
    registerComponent
  };
}
var realSetTimeout = globalThis.setTimeout.bind(globalThis);
var realClearTimeout = globalThis.clearTimeout.bind(globalThis);
function yieldThroughRealTimers() {
  return new Promise((r) => realSetTimeout(r, 0));
}
function withAuth(auth = authStorage.getStore() ?? new AuthFake(), requestOptions = DEFAULT_REQUEST_OPTIONS) {
  function authForComponent(componentPath) {
    const ctx = executionContextStorage.getStore();
    const isCrossComponent = ctx !== void 0 && componentPath !== ctx.componentPath;
    return isCrossComponent ? new AuthFake() : auth;
  }
  function requestMetadataForExecution() {
    return requestMetadataStorage.getStore() ?? {
      ip: requestOptions.ip,
      userAgent: requestOptions.userAgent,
      requestId: newRequestId(),
      scheduledFunctionId: null,
      authToken: auth.token
    };
  }
  const runMutationWithHandler = async (handler, args, extraCtx = {}, functionPath, isNested, transactionLimits) => {
    const m = mutationGeneric({
      handler: (ctx, a) => {
        const testCtx = {
          ...ctx,
          auth: authStorage.getStore() ?? auth,
          ...extraCtx
        };
        return runWithGlobalOverrides(transactionGlobalOverrides(), () => handler(testCtx, a));
      }
    });
    const transactionManager = getTransactionManager();
    const authForChild = authForComponent(functionPath.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath.componentPath,
      udfPath: functionPath.udfPath,
      udfType: "mutation",
      depth: (parentCtx?.depth ?? 0) + 1,
      paginatedQueries: 0
    };
    const requestMetadata = requestMetadataForExecution();
    await transactionManager.begin(isNested, transactionLimits);
    try {
      const childLock = new NestedLock();
      const invokeRaw = () => m.invokeMutation(JSON.stringify(convexToJson([parseArgs(args)])));
      const invokeInContext = () => executionContextStorage.run(childCtx, () => requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, invokeRaw)));
      const rawResult = await nestedTxStorage.run(childLock, invokeInContext);
      const commitTs = transactionManager.commit(isNested);
      const result = jsonToConvex(JSON.parse(rawResult));
      return commitTs === null ? result : resolveCommittedValues(result, commitTs);
    } catch (e) {
      transactionManager.rollback(isNested);
      throw deserializeConvexErrorData(e);
    }
  };
  const runQueryWithHandler = async (handler, args, functionPath, isNested, transactionLimits) => {
    const q = queryGeneric({
      handler: (ctx, a) => {
        const testCtx = { ...ctx, auth: authStorage.getStore() ?? auth };
        return runWithGlobalOverrides(transactionGlobalOverrides(), () => handler(testCtx, a));
      }
    });
    const transactionManager = getTransactionManager();
    const authForChild = authForComponent(functionPath.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath.componentPath,
      udfPath: functionPath.udfPath,
      udfType: "query",
      depth: (parentCtx?.depth ?? 0) + 1,
      paginatedQueries: 0
    };
    const requestMetadata = requestMetadataForExecution();
    await transactionManager.begin(isNested, transactionLimits);
    try {
      const childLock = new NestedLock();
      const invokeRaw = () => q.invokeQuery(JSON.stringify(convexToJson([parseArgs(args)])));
      const invokeInContext = () => executionContextStorage.run(childCtx, () => requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, invokeRaw)));
      const rawResult = await nestedTxStorage.run(childLock, invokeInContext);
      const result = jsonToConvex(JSON.parse(rawResult));
      if (!isNested && hasPendingValues(result)) {
        throw new Error(`Function ${functionPath.udfPath} return value invalid: queries cannot return an unresolved placeholder value.`);
      }
      return result;
    } catch (e) {
      throw deserializeConvexErrorData(e);
    } finally {
      transactionManager.rollback(isNested);
    }
  };
  const runActionWithHandler = async (handler, args, functionPath, ctxRunQuery, ctxRunMutation, ctxRunAction) => {
    const a = actionGeneric({
      handler: (ctx, innerArgs) => {
        const testCtx = {
          ...ctx,
          runQuery: ctxRunQuery,
          runMutation: ctxRunMutation,
          runAction: ctxRunAction,
          auth: authStorage.getStore() ?? auth
        };
        return runWithGlobalOverrides({}, () => handler(testCtx, innerArgs));
      }
    });
    const authForChild = authForComponent(functionPath.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath.componentPath,
      udfPath: functionPath.udfPath,
      udfType: "action",
      depth: (parentCtx?.depth ?? 0) + 1,
      paginatedQueries: 0
    };
    const requestMetadata = requestMetadataForExecution();
    return await executionContextStorage.run(childCtx, async () => {
      try {
        const rawResult = await requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, () => a.invokeAction(requestMetadata.requestId, JSON.stringify(convexToJson([parseArgs(args)])))));
        return jsonToConvex(JSON.parse(rawResult));
      } catch (e) {
        throw deserializeConvexErrorData(e);
      }
    });
  };
  const byTypeWithPath = {
    queryFromPath: async (functionPath, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      const isNested = parentLock !== null;
      if (parentLock) {
        await parentLock.acquire();
      }
      try {
        const resolved = await resolveFunction(functionPath, "query");
        validateFunctionArgs(resolved.args, args ?? {}, resolved.functionPath, isNested);
        const result = await runQueryWithHandler(resolved.handler, args, resolved.functionPath, isNested, transactionLimits);
        validateReturnValue(resolved.returns, result, "query", resolved.functionPath);
        return result;
      } finally {
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    snapshotQueryFromPath: async (functionPath, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      if (parentLock) {
        await parentLock.acquire();
      }
      const transactionManager = getTransactionManager();
      const stashed = transactionManager.stashWrites();
      try {
        const resolved = await resolveFunction(functionPath, "query");
        validateFunctionArgs(
          resolved.args,
          args ?? {},
          resolved.functionPath,
          // Only reachable from inside a mutation.
          /* allowPendingValues */
          true
        );
        const result = await runQueryWithHandler(
          resolved.handler,
          args,
          resolved.functionPath,
          // isNested=true to avoid re-acquiring the top-level lock
          // (we're inside a mutation that already holds it).
          /* isNested */
          true,
          transactionLimits
        );
        validateReturnValue(resolved.returns, result, "query", resolved.functionPath);
        return result;
      } finally {
        transactionManager.restoreWrites(stashed);
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    mutationFromPath: async (functionPath, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      const isNested = parentLock !== null;
      if (parentLock) {
        await parentLock.acquire();
      }
      try {
        const resolved = await resolveFunction(functionPath, "mutation");
        validateFunctionArgs(resolved.args, args ?? {}, resolved.functionPath, isNested);
        const result = await runMutationWithHandler(resolved.handler, args, {}, resolved.functionPath, isNested, transactionLimits);
        validateReturnValue(resolved.returns, result, "mutation", resolved.functionPath);
        return result;
      } finally {
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    actionFromPath: async (functionPath, args) => {
      const resolved = await resolveFunction(functionPath, "action");
      validateFunctionArgs(
        resolved.args,
        args ?? {},
        resolved.functionPath,
        /* allowPendingValues */
        false
      );
      const result = await runActionWithHandler(resolved.handler, args, resolved.functionPath, byTypeWithPath.runQuery, byTypeWithPath.runMutation, byTypeWithPath.runAction);
      validateReturnValue(resolved.returns, result, "action", resolved.functionPath);
      return result;
    },
    runQuery: async (functionReference, args) => {
      const functionPath = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.queryFromPath(functionPath, args);
    },
    runMutation: async (functionReference, args) => {
      const functionPath = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.mutationFromPath(functionPath, args);
    },
    runAction: async (functionReference, args) => {
      const functionPath = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.actionFromPath(functionPath, args);
    }
  };
  const byType = {
    query: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runQueryWithHandler(
          functionReferenceOrHandler,
          args ?? {},
          { componentPath: getCurrentComponentPath(), udfPath: "inline" },
          /* isNested */
          false
        );
      }
      const functionPath = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.queryFromPath(functionPath, args);
    },
    mutation: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runMutationWithHandler(
          functionReferenceOrHandler,
          args ?? {},
          /* extraCtx */
          {},
          { componentPath: getCurrentComponentPath(), udfPath: "inline" },
          /* isNested */
          false
        );
      }
      const functionPath = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.mutationFromPath(functionPath, args);
    },
    action: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runActionWithHandler(functionReferenceOrHandler, args ?? {}, { componentPath: getCurrentComponentPath(), udfPath: "inline" }, byTypeWithPath.runQuery, byTypeWithPath.runMutation, byTypeWithPath.runAction);
      }
      const functionPath = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.actionFromPath(functionPath, args);
    }
  };
  const run = async (componentPath, handler) => {
    const a = actionGeneric({
      handler: async (ctx) => {
        return await runMutationWithHandler(
          handler,
          {},
          {
            storage: ctx.storage
            // ActionCtx support was added in 0.0.40, removed in 0.0.41, should be added back in the future.
            // runAction: ctx.runAction.bind(ctx),
            // vectorSearch: ctx.vectorSearch.bind(ctx),
          },
          // Fake mutation path.
          {
            componentPath,
            udfPath: "custom"
          },
          false
        );
      }
    });
    const requestMetadata = requestMetadataForExecution();
    try {
      const rawResult = await requestMetadataStorage.run(requestMetadata, () => a.invokeAction(requestMetadata.requestId, JSON.stringify(convexToJson([{}]))));
      return jsonToConvex(JSON.parse(rawResult));
    } catch (e) {
      throw deserializeConvexErrorData(e);
    }
  };
  return {
    ...byType,
    ...byTypeWithPath,
    runInComponent: run,
    run: async (handler) => {
      return await run(getCurrentComponentPath(), handler);
    },
    fun: async (functionPath, args) => {
      const { func } = await resolveFunction(functionPath, "any");
      if (func.isQuery) {
        return await byTypeWithPath.queryFromPath(functionPath, args);
      }
      if (func.isMutation) {
        return await byTypeWithPath.mutationFromPath(functionPath, args);
      }
      if (func.isAction) {
        return await byTypeWithPath.actionFromPath(functionPath, args);
      }
    },
    fetch: async (path4, init) => {
      const router = (await getModules()("http"))["default"];
      if (!path4.startsWith("/")) {
        throw new Error(`Path given to \`t.fetch\` must start with a \`/\``);
      }
      const url = new URL(`https://some.convex.site${path4}`);
      const found = router.lookup(url.pathname, init?.method ?? "GET");
      if (!found) {
        return new Response(`No HttpAction routed for ${url.pathname}`, {
          status: 404
        });
      }
      const [func] = found;
      const a = httpActionGeneric((ctx, a2) => {
        const testCtx = {
          ...ctx,
          runQuery: byType.query,
          runMutation: byType.mutation,
          runAction: byType.action,
          auth
        };
        return runWithGlobalOverrides({}, () => getHandler(func)(testCtx, a2));
      });
      const httpCtx = {
        componentPath: getCurrentComponentPath(),
        udfPath: "http",
        udfType: "http",
        depth: 0,
        paginatedQueries: 0
      };
      const requestMetadata = requestMetadataForExecution();
      const response2 = await executionContextStorage.run(httpCtx, () => requestMetadataStorage.run(requestMetadata, () => a.invokeHttpAction(new Request(url, init))));
      return response2;
    },
    finishInProgressScheduledFunctions: () => getConvexGlobal().scheduler.finishInProgressScheduledFunctions(),
    finishAllScheduledFunctions: async (advanceTimers, maxIterations = 100) => {
      const { scheduler } = getConvexGlobal();
      const originalSetTimeout = globalOverridesStorage.exit(() => globalThis.setTimeout);
      const advanceTimersIfActive = () => {
        const currentSetTimeout = globalOverridesStorage.exit(() => globalThis.setTimeout);
        if (currentSetTimeout !== originalSetTimeout) {
          throw new Error("finishAllScheduledFunctions: timers were restored or replaced while waiting for scheduled functions.");
        }
        advanceTimers();
      };
      const maxIdleTurns = 20;
      let idleTurns = 0;
      for (let i = 0; i < maxIterations; i++) {
        advanceTimersIfActive();
        if (!scheduler.anyFunctionsRunning()) {
          if (!scheduler.anyPendingTimers() || idleTurns >= maxIdleTurns) {
            return;
          }
          idleTurns += 1;
          await yieldThroughRealTimers();
          continue;
        }
        idleTurns = 0;
        let timer;
        try {
          await new Promise((resolve, reject) => {
            const pump = () => {
              try {
                advanceTimersIfActive();
                timer = realSetTimeout(pump, 0);
              } catch (error) {
                reject(error);
              }
            };
            void scheduler.finishInProgressScheduledFunctions().then(resolve, reject);
            pump();
          });
        } finally {
          realClearTimeout(timer);
        }
      }
      throw new Error("finishAllScheduledFunctions: too many iterations. Check for infinitely recursive scheduled functions, or increase maxIterations.");
    }
  };
}
function parseArgs(args) {
  if (args === void 0) {
    return {};
  }
  if (!isSimpleObject(args)) {
    throw new Error(`The arguments to a Convex function must be an object. Received: ${args}`);
  }
  return args;
}
function validateFunctionArgs(argsValidator, args, functionPath, allowPendingValues) {
  if (!allowPendingValues && hasPendingValues(args)) {
    throw new Error(`Invalid arguments for "${functionPath.udfPath}": an unresolved placeholder value can only be passed to a query or mutation called from a mutation`);
  }
  validateValidator(argsValidator, resolvePendingValues(args));
}
function validateReturnValue(returnsValidator, result, functionType, functionPath) {
  if (returnsValidator !== null) {
    try {
      validateValidator(returnsValidator, resolvePendingValues(result));
    } catch (e) {
      throw new Error(`Return value validation failed for ${functionType} "${functionPath.udfPath}":
${e.message}`);
    }
  }
}
function createFunctionHandle(functionPath) {
  return `function://${functionPath.componentPath};${functionPath.udfPath}`;
}
function parseFunctionHandle(handle) {
  const [componentPath, udfPath] = handle.split("function://")[1].split(";");
  return { componentPath, udfPath };
}
function getFunctionPathFromAddress(functionAddress) {
  if (functionAddress.functionHandle !== void 0) {
    return parseFunctionHandle(functionAddress.functionHandle);
  }
  if (functionAddress.name !== void 0) {
    return {
      udfPath: functionAddress.name,
      componentPath: getCurrentComponentPath()
    };
  }
  if (functionAddress.reference !== void 0) {
    const childComponentName = functionAddress.reference.split("/")[2];
    let componentPath = childComponentName;
    if (getCurrentComponentPath().length > 0) {
      componentPath = `${getCurrentComponentPath()}/${componentPath}`;
    }
    const functionNameWithSlashes = functionAddress.reference.split("/").slice(3).join("/");
    const filepath = functionNameWithSlashes.split("/").slice(0, -1).join("/");
    const functionName = functionNameWithSlashes.split("/").pop();
    return {
      udfPath: `${filepath}:${functionName}`,
      componentPath
    };
  }
  throw new Error("Function address not supported");
}
function getFunctionPathFromReference(functionReference) {
  return getFunctionPathFromAddress(getFunctionAddress(functionReference));
}
function getHandler(func) {
  return "_handler" in func ? func["_handler"] : func;
}
async function resolveFunction(functionPath, type) {
  const [modulePath, maybeExportName] = functionPath.udfPath.split(":");
  const exportName = maybeExportName === void 0 ? "default" : maybeExportName;
  const module = await getModulesForComponent(functionPath.componentPath)(modulePath);
  const func = module[exportName];
  if (func === void 0) {
    throw new Error(`Expected a Convex function exported from module "${modulePath}" as \`${exportName}\`, but there is no such export.`);
  }
  const handler = getHandler(func);
  if (typeof handler !== "function") {
    throw new Error(`Expected a Convex function exported from module "${modulePath}" as \`${exportName}\`, but got: ${func}`);
  }
  switch (type) {
    case "query":
      if (!func.isQuery) {
        throw new Error(`Expected a query function, but the function exported from module "${modulePath}" as \`${exportName}\` is not a query.`);
      }
      break;
    case "mutation":
      if (!func.isMutation) {
        throw new Error(`Expected a mutation function, but the function exported from module "${modulePath}" as \`${exportName}\` is not a mutation.`);
      }
      break;
    case "action":
      if (!func.isAction) {
        throw new Error(`Expected an action function, but the function exported from module "${modulePath}" as \`${exportName}\` is not an action.`);
      }
      break;
    case "any":
      break;
    default:
      throw type;
  }
  const args = JSON.parse(func.exportArgs());
  if (args.type !== "object" && args.type !== "any") {
    throw new Error(`Invalid JSON returned from ${modulePath}.js:${exportName}.exportArgs(): Args validator must be an object or any`);
  }
  const returns = JSON.parse(func.exportReturns());
  return { func, functionPath, handler, returns, args };
}
function simpleHash(string) {
  let hash = 0;
  for (let i = 0; i < string.length; i++) {
    const char = string.charCodeAt(i);
    hash = (hash << 5) - hash + char;
    hash = hash & hash;
  }
  return hash;
}

// src/config/component-tree.ts
import path2 from "node:path";
import { pathToFileURL } from "node:url";

// src/config/project-files.ts
import { access, readdir } from "node:fs/promises";
import path from "node:path";
var SOURCE = /\.(ts|tsx|js|mjs|jsx|mts)$/;
var SKIP = /(\.d\.ts|\.test\.[jt]sx?|\.spec\.[jt]sx?|\.config\.[jt]s)$/;
async function listModules(functionsDir) {
  const found = [];
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (await componentDefinition(full) === void 0) await walk(full);
      } else if (SOURCE.test(entry.name) && !SKIP.test(entry.name) && !entry.name.includes(" ")) {
        found.push(path.relative(functionsDir, full).split(path.sep).join("/"));
      }
    }
  }
  await walk(functionsDir);
  return found.sort();
}
async function componentDefinition(dir) {
  for (const name of ["convex.config.ts", "convex.config.js"]) {
    const file = path.join(dir, name);
    if (await access(file).then(
      () => true,
      () => false
    ))
      return file;
  }
  return void 0;
}

// src/config/component-tree.ts
async function readComponentTree(functionsDir) {
  const file = await componentDefinition(functionsDir);
  if (file === void 0) return [];
  let app;
  try {
    app = (await import(pathToFileURL(file).href)).default ?? {};
  } catch (e) {
    throw new Error(`cannot load ${file}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, { cause: e });
  }
  return children(app, file);
}
function children(definition, where) {
  return (definition._childComponents ?? []).map(([name, child]) => {
    const dir = child.componentDefinitionPath;
    if (typeof dir !== "string") {
      throw new Error(`component "${name}" used in ${where} was not loaded through race-check's loader`);
    }
    return { name, dir: path2.resolve(dir), children: children(child, path2.join(dir, "convex.config")) };
  });
}

// src/backends/embedded/modules.ts
import { AsyncLocalStorage as AsyncLocalStorage3 } from "node:async_hooks";
import { stat } from "node:fs/promises";
import { clearTimeout as clearTimer, setTimeout as setTimer } from "node:timers";
import path3 from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
import { getFunctionName } from "convex/server";

// src/backends/embedded/scheduled-timers.ts
import { AsyncLocalStorage as AsyncLocalStorage2 } from "node:async_hooks";
var scheduling = new AsyncLocalStorage2();
function asScheduling(path4, fn) {
  return scheduling.run({ path: path4 }, fn);
}
var sink;
var installed = false;
var realSetTimeout2 = globalThis.setTimeout;
function setTimerSink(next) {
  sink = next;
  if (installed) return;
  installed = true;
  const patched = function setTimeout2(callback, ms, ...args) {
    const call = scheduling.getStore();
    if (!call || !sink || typeof callback !== "function") {
      return realSetTimeout2(callback, ms, ...args);
    }
    const delay = Math.max(0, Number(ms) || 0);
    const run = () => scheduling.exit(() => callback(...args));
    return sink({ path: call.path, dueAt: Date.now() + delay, run });
  };
  Object.assign(patched, realSetTimeout2);
  globalThis.setTimeout = patched;
}
var VirtualClock = class {
  offset = 0;
  timers = /* @__PURE__ */ new Map();
  seq = 0;
  realNow = Date.now.bind(Date);
  install() {
    Date.now = () => this.realNow() + this.offset;
    setTimerSink((timer) => {
      const id = ++this.seq;
      const fire = () => {
        if (!this.timers.delete(id)) return;
        timer.run();
      };
      const handle = realSetTimeout2(fire, Math.max(0, timer.dueAt - Date.now()));
      this.timers.set(id, { path: timer.path, dueAt: timer.dueAt, run: fire, handle });
      return handle;
    });
  }
  now() {
    return Date.now();
  }
  /** Every scheduled function not yet started, of the app and of its components alike. */
  pending() {
    return [...this.timers.values()].map(({ path: path4, dueAt }) => ({ path: path4, dueAt }));
  }
  /** Moves the clock to `ms` (never back) and runs, in due order, every scheduled function due by then. */
  advanceTo(ms) {
    const now = Date.now();
    if (ms > now) this.offset += ms - now;
    const due = [...this.timers.values()].filter((t) => t.dueAt <= Date.now()).sort((a, b) => a.dueAt - b.dueAt);
    for (const t of due) {
      clearTimeout(t.handle);
      t.run();
    }
  }
  /** Drops every scheduled function not yet run: the deployment they belonged to is gone. */
  clear() {
    for (const t of this.timers.values()) clearTimeout(t.handle);
    this.timers.clear();
  }
};

// src/backends/embedded/scheduling.ts
var DEFAULT_CALL_LATENCY_MS = 1;
function roundTrip(callLatencyMs = DEFAULT_CALL_LATENCY_MS) {
  return (point) => new Promise((resolve) => {
    if (point.phase === "call" && callLatencyMs > 0) setTimeout(resolve, callLatencyMs);
    else setImmediate(resolve);
  });
}
var current = roundTrip();
function setScheduler(scheduler) {
  current = scheduler ?? roundTrip();
}
function schedulingPoint(point) {
  return current(point);
}

// src/backends/embedded/modules.ts
async function buildModuleMap(functionsDir) {
  const st = await stat(functionsDir).catch(() => void 0);
  if (!st?.isDirectory()) throw new Error(`functions directory not found: ${functionsDir}`);
  const files = await listModules(functionsDir);
  if (!files.some((f) => f.startsWith("_generated/"))) {
    throw new Error(
      `${path3.join(functionsDir, "_generated")} is missing: run \`npx convex codegen\` in the project first`
    );
  }
  const map = {};
  for (const file of files) {
    const url = pathToFileURL2(path3.join(functionsDir, file)).href;
    let loaded;
    const modulePath = file.replace(/\.[^./]+$/, "");
    map[`./convex/${file}`] = () => loaded ??= import(url).then((mod) => instrumentModule(mod, modulePath));
  }
  return map;
}
function isRegisteredFunction(value) {
  return typeof value === "function" && "_handler" in value && ("isQuery" in value || "isMutation" in value || "isAction" in value);
}
var observer;
var timeLimitMs;
function setTimeLimit(ms) {
  timeLimitMs = ms;
}
var requestArrival = new AsyncLocalStorage3();
function asRequest(arrivedAt, serve) {
  return requestArrival.run(arrivedAt, serve);
}
var TimeLimitError = class extends Error {
  constructor(path4, ms) {
    super(`${path4} ran past the time limit (${ms} ms, the op timeout) and was ended; nothing it wrote was kept`);
  }
};
function withinTimeLimit(path4, limited, run) {
  const arrivedAt = requestArrival.getStore();
  const body = () => requestArrival.exit(run);
  const ms = timeLimitMs;
  if (!limited || ms === void 0) return body();
  const left = (arrivedAt ?? performance.now()) + ms - performance.now();
  if (left <= 0) return Promise.reject(new TimeLimitError(path4, ms));
  return new Promise((resolve, reject) => {
    const timer = setTimer(() => reject(new TimeLimitError(path4, ms)), left);
    body().then(
      (value) => {
        clearTimer(timer);
        resolve(value);
      },
      (error) => {
        clearTimer(timer);
        reject(error);
      }
    );
  });
}
function instrumentModule(mod, modulePath) {
  const out = { ...mod };
  for (const [name, value] of Object.entries(mod)) {
    if (isRouter(value)) instrumentRouter(value);
    if (!isRegisteredFunction(value)) continue;
    const original = value._handler;
    const path4 = `${modulePath}:${name}`;
    const instrument = value.isAction ? withSchedulingPoints : value.isMutation ? withMarkedScheduler : void 0;
    const handler = async (ctx, args) => {
      const done = observer?.(path4);
      try {
        const result = await withinTimeLimit(
          path4,
          !value.isAction,
          async () => original(instrument ? instrument(ctx) : ctx, args)
        );
        done?.({ ok: true, value: result });
        return result;
      } catch (error) {
        done?.({ ok: false, error });
        throw error;
      }
    };
    out[name] = Object.assign((...args) => value(...args), value, { _handler: handler });
  }
  return out;
}
function isRouter(value) {
  return typeof value === "object" && value !== null && value.exactRoutes instanceof Map && value.prefixRoutes instanceof Map;
}
var instrumented = /* @__PURE__ */ new WeakSet();
function instrumentRouter(router) {
  if (instrumented.has(router)) return;
  instrumented.add(router);
  const wrap = (action) => Object.assign(Object.create(Object.getPrototypeOf(action)), action, {
    _handler: (ctx, request) => action._handler(withSchedulingPoints(ctx), request)
  });
  for (const methods of [...router.exactRoutes.values(), ...router.prefixRoutes.values()]) {
    for (const [key, action] of methods) methods.set(key, wrap(action));
  }
}
function referencePath(ref) {
  try {
    return getFunctionName(ref);
  } catch {
    return typeof ref === "string" ? ref : "<function>";
  }
}
function pointed(kind, fn) {
  return async (ref, ...rest) => {
    const p = referencePath(ref);
    await schedulingPoint({ kind, phase: "call", path: p });
    let outcome;
    try {
      const value = await fn(ref, ...rest);
      outcome = { ok: true, value };
      return value;
    } catch (error) {
      outcome = { ok: false, error };
      throw error;
    } finally {
      await schedulingPoint({ kind, phase: "return", path: p, outcome });
    }
  };
}
function markedScheduler(scheduler, point) {
  const schedule = (method) => (when, ref, args) => {
    const path4 = referencePath(ref);
    const call = (r) => asScheduling(path4, () => scheduler[method](when, r, args));
    return point ? pointed("schedule", call)(ref) : call(ref);
  };
  return {
    cancel: (...a) => scheduler.cancel(...a),
    runAfter: schedule("runAfter"),
    runAt: schedule("runAt")
  };
}
function withMarkedScheduler(ctx) {
  const scheduler = ctx.scheduler;
  return scheduler ? { ...ctx, scheduler: markedScheduler(scheduler, false) } : ctx;
}
function withSchedulingPoints(ctx) {
  const call = (k) => ctx[k].bind(ctx);
  const scheduler = ctx.scheduler;
  return {
    ...ctx,
    runQuery: pointed("runQuery", call("runQuery")),
    runMutation: pointed("runMutation", call("runMutation")),
    runAction: pointed("runAction", call("runAction")),
    ...scheduler && { scheduler: markedScheduler(scheduler, true) }
  };
}

// src/backends/embedded/components.ts
async function loadComponents(functionsDir) {
  const out = [];
  const byDir = /* @__PURE__ */ new Map();
  async function walk(nodes, parent) {
    for (const node of nodes) {
      const instancePath = parent === void 0 ? node.name : `${parent}/${node.name}`;
      let loaded = byDir.get(node.dir);
      if (!loaded) {
        loaded = loadDefinitionDir(instancePath, node.dir);
        byDir.set(node.dir, loaded);
      }
      out.push({ path: instancePath, dir: node.dir, ...await loaded });
      await walk(node.children, instancePath);
    }
  }
  await walk(await readComponentTree(functionsDir), void 0);
  return out;
}
async function loadDefinitionDir(name, dir) {
  const modules = await buildModuleMap(dir);
  const keys = Object.keys(modules);
  if (!keys.some((k) => k.includes("/_generated/"))) {
    throw new Error(
      `component "${name}" (${dir}) has no _generated/ directory: run \`npx convex dev\` once to generate it`
    );
  }
  const schemaKey = keys.find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
  const schema = schemaKey ? (await modules[schemaKey]()).default : void 0;
  return { schema, modules };
}
function registerComponents(t, regs) {
  for (const reg of regs) t.registerComponent(reg.path, reg.schema ?? null, reg.modules);
}

// src/backends/embedded/deployment.ts
var EmbeddedFunctions = class _EmbeddedFunctions {
  constructor(modules, schema, components) {
    this.modules = modules;
    this.schema = schema;
    this.components = components;
    for (const [key, load] of Object.entries(modules)) {
      this.byModule.set(key.replace(/^\.\/convex\//, "").replace(/\.[^./]+$/, ""), load);
    }
  }
  modules;
  schema;
  components;
  byModule = /* @__PURE__ */ new Map();
  static async load(functionsDir) {
    const modules = await buildModuleMap(functionsDir);
    const schemaKey = Object.keys(modules).find((k) => /^\.\/convex\/schema\.[^/]+$/.test(k));
    const schema = schemaKey ? (await modules[schemaKey]()).default : void 0;
    return new _EmbeddedFunctions(modules, schema, await loadComponents(functionsDir));
  }
  /**
   * Imports every module (components' too) now: an import takes file I/O, and a module first
   * loaded mid-schedule would stall it. One that fails to load says so when it is used.
   */
  async importAll() {
    const all = [this.modules, ...this.components.map((c) => c.modules)].flatMap((m) => Object.values(m));
    await Promise.all(all.map((load) => load().catch(() => void 0)));
  }
  /**
   * A new convex-test instance: its own documents, id counter and transaction lock, every
   * component registered. Imported modules stay cached. Convex's transaction limits are on
   * (16,000 documents written, 1 MiB documents...): code that breaks them fails as in production.
   */
  fresh() {
    const t = convexTest({ schema: this.schema, modules: this.modules, transactionLimits: true });
    registerComponents(t, this.components);
    return t;
  }
  /** The app's modules by path ("ledgerItems"), without `_generated`. */
  *appModules() {
    for (const entry of this.byModule) if (!entry[0].startsWith("_generated")) yield entry;
  }
  /** The function at `udfPath` ("module:function", "module" for a default export), if there is one. */
  async find(udfPath) {
    const [rawModule, exportName = "default"] = udfPath.split(":");
    const modulePath = rawModule.replace(/\.(js|ts)$/, "");
    const load = this.byModule.get(modulePath);
    if (!load || modulePath.startsWith("_generated") || modulePath.startsWith("_system")) return void 0;
    const fn = (await load())[exportName];
    if (!isRegisteredFunction(fn)) return void 0;
    const kind = fn.isQuery ? "query" : fn.isMutation ? "mutation" : "action";
    return { kind, path: `${modulePath}:${exportName}`, isInternal: fn.isInternal === true };
  }
};
function replaceEnv(env, urls) {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env, { CONVEX_CLOUD_URL: urls.cloud, CONVEX_SITE_URL: urls.site });
  return saved;
}

// src/errors.ts
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/backends/embedded/http-api.ts
import { timingSafeEqual } from "node:crypto";
import { convexToJson as convexToJson3, jsonToConvex as jsonToConvex2 } from "convex/values";
import { makeFunctionReference as makeFunctionReference2 } from "convex/server";

// src/backends/embedded/function-error.ts
import { ConvexError, convexToJson as convexToJson2 } from "convex/values";
function errorReply(e) {
  const err = e instanceof Error ? e : new Error(String(e));
  const data = err.data;
  if (err.name === "ConvexError" || data !== void 0) {
    return {
      errorMessage: `Uncaught ConvexError: ${err.message}`,
      ...data !== void 0 && { errorData: convexToJson2(data) }
    };
  }
  return { errorMessage: `Uncaught ${err.name || "Error"}: ${err.message}` };
}

// src/backends/embedded/http-api.ts
var HttpError = class extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
};
function parseCaller(header, adminKey) {
  if (header === void 0 || header === "") return { admin: false };
  if (header.slice(0, 7).toLowerCase() === "convex ") {
    const [key, acting] = splitActing(removeTypePrefix(header.slice(7).trim()));
    const given = Buffer.from(key);
    if (given.length !== adminKey.length || !timingSafeEqual(given, adminKey)) {
      throw new HttpError(401, "BadAdminKey", "The provided admin key was invalid for this instance");
    }
    return acting === void 0 ? { admin: true } : { admin: true, identity: actingIdentity(acting) };
  }
  if (header.slice(0, 7).toLowerCase() === "bearer ") return { admin: false, identity: jwtIdentity(header.slice(7)) };
  throw new HttpError(401, "InvalidAuthHeader", "Header must begin with `bearer `");
}
function httpActionIdentity(header, adminKey) {
  try {
    return parseCaller(header, adminKey).identity;
  } catch {
    return void 0;
  }
}
var FunctionError = class extends Error {
};
var SCHEDULED_JOBS = "_system/frontend/paginatedScheduledJobs:default";
var MODULES = "_system/frontend/modules:list";
function createHttpApi(opts) {
  const adminKey = Buffer.from(opts.adminKey);
  const caller = (req) => parseCaller(req.headers.authorization, adminKey);
  async function resolve(udfPath, who) {
    const [rawModule, exportName = "default"] = udfPath.split(":");
    const modulePath = rawModule.replace(/\.(js|ts)$/, "");
    const canonical = `${modulePath}:${exportName}`;
    const notFound = new FunctionError(`Could not find public function for '${canonical}'.`);
    if ((canonical === SCHEDULED_JOBS || canonical === MODULES) && who.admin) return { kind: "query", path: canonical };
    const fn = await opts.functions.find(udfPath);
    if (!fn || fn.isInternal && !who.admin) throw notFound;
    return { kind: fn.kind, path: fn.path };
  }
  async function listModules2() {
    const result = [];
    for (const [modulePath, load] of opts.functions.appModules()) {
      const functions = Object.entries(await load()).filter(([, fn]) => isRegisteredFunction(fn)).map(([name, fn]) => {
        const f = fn;
        return {
          name,
          udfType: f.isQuery ? "Query" : f.isMutation ? "Mutation" : "Action",
          visibility: { kind: f.isInternal ? "internal" : "public" }
        };
      });
      if (functions.length > 0) result.push([`${modulePath}.js`, { functions, sourcePackageId: "embedded" }]);
    }
    return result;
  }
  async function run(kind, path4, args, who) {
    const backend = opts.backend();
    if (path4 === SCHEDULED_JOBS) return await scheduledJobs(backend);
    if (path4 === MODULES) return await listModules2();
    const accessor = who.identity ? backend.withIdentity(who.identity) : backend;
    return await accessor[kind](makeFunctionReference2(path4), args);
  }
  async function handleCall(req, body, endpoint) {
    const who = caller(req);
    let parsed;
    try {
      parsed = JSON.parse(body.toString("utf8") || "{}");
    } catch {
      throw new HttpError(400, "BadJsonBody", "Failed to parse the request body as JSON");
    }
    let udfPath = parsed.path;
    if (endpoint.startsWith("run/")) udfPath = runPathToUdf(endpoint.slice(4));
    if (typeof udfPath !== "string" || udfPath === "") {
      throw new HttpError(400, "BadJsonBody", "Missing field `path` in the request body");
    }
    const rawArgs = Array.isArray(parsed.args) ? parsed.args[0] : parsed.args ?? {};
    if (typeof rawArgs !== "object" || rawArgs === null || Array.isArray(rawArgs)) {
      throw new HttpError(400, "BadJsonBody", "`args` must be an object");
    }
    const args = jsonToConvex2(rawArgs);
    try {
      const target = await resolve(udfPath, who);
      const wanted = endpoint === "query" || endpoint === "mutation" || endpoint === "action" ? endpoint : void 0;
      if (wanted && wanted !== target.kind) {
        throw new FunctionError(
          `Trying to execute ${target.path} as ${capitalize(wanted)}, but it is defined as ${capitalize(target.kind)}.`
        );
      }
      const value = await asRequest(req.arrivedAt ?? performance.now(), () => run(target.kind, target.path, args, who));
      return { status: "success", value: convexToJson3(value ?? null) };
    } catch (e) {
      return functionError(e);
    }
  }
  return async function handle(req, res, body) {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = url.pathname;
    try {
      if (req.method === "GET" && route === "/instance_name") return send(res, 200, opts.instanceName, "text/plain");
      if (req.method === "GET" && route === "/version") return send(res, 200, "race-check-embedded", "text/plain");
      if (route.startsWith("/_race-check/")) return adminEndpoint(req, res, url);
      const m = /^\/api\/(query|mutation|action|function|run\/.+)$/.exec(route);
      if (!m) throw new HttpError(404, "NotFound", `No route for ${req.method} ${route}`);
      if (req.method !== "POST") throw new HttpError(405, "MethodNotAllowed", `Use POST for ${route}`);
      return send(res, 200, JSON.stringify(await handleCall(req, body, m[1])));
    } catch (e) {
      if (e instanceof HttpError) return send(res, e.status, JSON.stringify({ code: e.code, message: e.message }));
      return send(res, 500, JSON.stringify({ code: "InternalServerError", message: errorMessage(e) }));
    }
  };
  function adminEndpoint(req, res, url) {
    if (!caller(req).admin) throw new HttpError(401, "Unauthenticated", "Admin key required");
    const number = (name) => {
      const n = Number(url.searchParams.get(name) ?? NaN);
      return Number.isFinite(n) ? n : void 0;
    };
    switch (`${req.method} ${url.pathname}`) {
      case "GET /_race-check/arrivals": {
        if (url.searchParams.has("peek")) return send(res, 200, JSON.stringify({ held: opts.admin.held() }));
        const arm = number("arm");
        const armNext = arm !== void 0 && Number.isSafeInteger(arm) && arm > 0 ? arm : void 0;
        return send(res, 200, JSON.stringify({ arrivals: opts.admin.arrivals(armNext) }));
      }
      case "GET /_race-check/clock":
        return send(res, 200, JSON.stringify({ now: opts.admin.clock() }));
      case "POST /_race-check/clock":
        return send(res, 200, JSON.stringify({ now: opts.admin.clock(number("to")) }));
      case "GET /_race-check/scheduled":
        return void opts.admin.scheduled().then((state) => send(res, 200, JSON.stringify(state)));
      case "GET /_race-check/logs":
        return send(res, 200, JSON.stringify(opts.admin.logs()));
      case "POST /_race-check/reset": {
        const limit = number("timeLimit");
        opts.admin.reset(limit !== void 0 && limit > 0 ? limit : void 0);
        return send(res, 200, "{}");
      }
      default:
        throw new HttpError(404, "NotFound", `No route for ${req.method} ${url.pathname}`);
    }
  }
}
async function scheduledJobs(backend) {
  const rows = await backend.run(async (ctx) => {
    const db = ctx.db;
    return await db.system.query("_scheduled_functions").collect();
  });
  const page = rows.filter((r) => r.state.kind === "pending" || r.state.kind === "inProgress").sort((a, b) => a.scheduledTime - b.scheduledTime).map((r) => ({
    _id: r._id,
    _creationTime: r._creationTime,
    udfPath: r.name,
    state: { type: r.state.kind },
    nextTs: BigInt(Math.round(r.scheduledTime)) * 1000000n
  }));
  return { page, isDone: true, continueCursor: "" };
}
function functionError(e) {
  if (e instanceof FunctionError) return { status: "error", errorMessage: e.message };
  return { status: "error", ...errorReply(e) };
}
function removeTypePrefix(key) {
  const bar = key.indexOf("|");
  if (bar < 0) return key;
  const prefix = key.slice(0, bar);
  const colon = prefix.indexOf(":");
  if (colon < 0) return key;
  const type = prefix.slice(0, colon).toLowerCase();
  return type === "preview" || type === "project" ? key.slice(bar + 1) : key.slice(colon + 1);
}
function splitActing(key) {
  const colon = key.indexOf(":");
  return colon < 0 ? [key, void 0] : [key.slice(0, colon), key.slice(colon + 1)];
}
function actingIdentity(b64) {
  let attributes;
  try {
    attributes = JSON.parse(Buffer.from(b64, "base64").toString("utf8"));
  } catch {
    throw new HttpError(400, "HeaderParseFailure", "Malformed Authorization header.");
  }
  const a = attributes;
  if (a === null || typeof a !== "object" || Array.isArray(a)) {
    throw new HttpError(400, "HeaderParseFailure", "Malformed Authorization header.");
  }
  if (typeof a.tokenIdentifier !== "string" && (typeof a.issuer !== "string" || typeof a.subject !== "string")) {
    throw new HttpError(400, "HeaderParseFailure", "Malformed Authorization header.");
  }
  return {
    ...a,
    tokenIdentifier: typeof a.tokenIdentifier === "string" ? a.tokenIdentifier : `${String(a.issuer)}|${String(a.subject)}`
  };
}
function jwtIdentity(token) {
  const payload = token.trim().split(".")[1];
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"));
  } catch {
    throw new HttpError(401, "InvalidAuthHeader", "Could not parse JWT payload");
  }
  const issuer = typeof claims.iss === "string" ? claims.iss : void 0;
  const subject = typeof claims.sub === "string" ? claims.sub : void 0;
  if (!issuer || !subject) throw new HttpError(401, "InvalidAuthHeader", "JWT must have `iss` and `sub` claims");
  const { iss: _iss, sub: _sub, aud: _aud, exp: _exp, iat: _iat, nbf: _nbf, ...rest } = claims;
  return { ...rest, issuer, subject, tokenIdentifier: `${issuer}|${subject}` };
}
function runPathToUdf(rest) {
  const parts = rest.split("/");
  const fn = parts.pop() ?? "";
  return `${parts.join("/")}:${fn}`;
}
function capitalize(s) {
  return s[0].toUpperCase() + s.slice(1);
}
function send(res, status, body, type = "application/json") {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body)
  });
  res.end(body);
}

// src/backends/embedded/http1.ts
import net from "node:net";
import { STATUS_CODES } from "node:http";
var MAX_HEAD = 16 * 1024;
var MAX_BODY = 64 * 1024 * 1024;
var CRLFCRLF = Buffer.from("\r\n\r\n");
var IDLE_MS = 6e4;
var SWEEP_MS = 5e3;
function createHttp1Server(handler) {
  const connections = /* @__PURE__ */ new Set();
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const c of connections) if (c.idleSince() < now - IDLE_MS) c.socket.destroy();
  }, SWEEP_MS).unref();
  const server = net.createServer(
    { noDelay: true, keepAlive: true, allowHalfOpen: true, pauseOnConnect: true },
    (socket) => {
      const c = serveConnection(socket, handler);
      connections.add(c);
      socket.once("close", () => connections.delete(c));
    }
  );
  server.once("close", () => clearInterval(sweep));
  return server;
}
var [kBuffer, kBufferCb] = (() => {
  const symbols = Object.getOwnPropertySymbols(new net.Socket());
  return [symbols.find((x) => x.description === "kBuffer"), symbols.find((x) => x.description === "kBufferCb")];
})();
var shared = Buffer.allocUnsafe(64 * 1024);
function readInto(socket, onChunk) {
  const target = socket;
  if (kBuffer && kBufferCb && typeof target._handle?.useUserBuffer === "function") {
    target[kBuffer] = shared;
    target[kBufferCb] = (n, buf) => {
      const at = performance.now();
      onChunk(buf.subarray(0, n), at);
    };
    target._handle.useUserBuffer(shared);
  } else {
    socket.on("data", (chunk) => onChunk(chunk, performance.now()));
  }
  socket.resume();
}
function serveConnection(socket, handler) {
  let buffered;
  let head;
  const pending = [];
  let closing = false;
  let lastActive = performance.now();
  socket.on("error", () => socket.destroy());
  socket.on("end", () => {
    closing = true;
    if (pending.length === 0) socket.end();
  });
  readInto(socket, (chunk, arrivedAt) => {
    lastActive = arrivedAt;
    if (closing) return;
    buffered = buffered === void 0 ? Buffer.from(chunk) : Buffer.concat([buffered, chunk]);
    for (; ; ) {
      if (head === void 0) {
        const end = buffered.indexOf(CRLFCRLF);
        if (end < 0) {
          if (buffered.length > MAX_HEAD) refuse(431, "Request Header Fields Too Large");
          return;
        }
        const parsed = parseHead(buffered.subarray(0, end).toString("latin1"), end + 4);
        if (typeof parsed === "string") return refuse(400, parsed);
        if (parsed.headers["transfer-encoding"] !== void 0) {
          return refuse(411, "Chunked request bodies are not supported: send a content-length");
        }
        if (parsed.length > MAX_BODY) return refuse(413, "Request body too large");
        head = parsed;
        if (head.headers.expect?.toLowerCase() === "100-continue") socket.write("HTTP/1.1 100 Continue\r\n\r\n");
      }
      const total = head.bodyStart + head.length;
      if (buffered.length < total) return;
      const h = head;
      const body = buffered.subarray(h.bodyStart, total);
      buffered = buffered.length === total ? void 0 : buffered.subarray(total);
      head = void 0;
      const slot = { done: false, close: h.close };
      pending.push(slot);
      if (h.close) closing = true;
      handler(
        { method: h.method, url: h.url, headers: h.headers, body, arrivedAt },
        response(h.method === "HEAD", h.close, (data) => {
          slot.data = data;
          slot.done = true;
          flush();
        })
      );
      if (buffered === void 0 || closing) return;
    }
  });
  function flush() {
    lastActive = performance.now();
    while (pending.length > 0 && pending[0].done) {
      const slot = pending.shift();
      if (socket.destroyed) return;
      socket.write(slot.data);
      if (slot.close) {
        socket.end();
        return;
      }
    }
    if (closing && pending.length === 0 && !socket.writableEnded) socket.end();
  }
  function refuse(status, message) {
    closing = true;
    const slot = { done: false, close: true };
    pending.push(slot);
    const res = response(false, true, (data) => {
      slot.data = data;
      slot.done = true;
      flush();
    });
    const body = JSON.stringify({ code: STATUS_CODES[status]?.replace(/\W/g, "") ?? "BadRequest", message });
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  }
  return { socket, idleSince: () => pending.length > 0 ? Infinity : lastActive };
}
function parseHead(text, bodyStart) {
  const lines = text.split("\r\n");
  const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0]);
  if (!requestLine) return "Malformed request line";
  const headers = {};
  for (let i = 1; i < lines.length; i++) {
    const colon = lines[i].indexOf(":");
    if (colon <= 0) return "Malformed header line";
    headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
  }
  const lengthHeader = headers["content-length"];
  if (lengthHeader !== void 0 && !/^\d+$/.test(lengthHeader)) return "Invalid content-length";
  const connection = headers.connection?.toLowerCase() ?? "";
  const http10 = requestLine[3] === "0";
  return {
    method: requestLine[1],
    url: requestLine[2],
    headers,
    bodyStart,
    length: lengthHeader === void 0 ? 0 : Number(lengthHeader),
    close: connection.includes("close") || http10 && !connection.includes("keep-alive")
  };
}
function response(head, close, done) {
  let status = 200;
  let headers = {};
  let ended = false;
  return {
    writeHead(s, h) {
      status = s;
      headers = h;
    },
    end(body) {
      if (ended) return;
      ended = true;
      const payload = body === void 0 ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body);
      let text = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Unknown"}\r
`;
      let hasLength = false;
      for (const [k, v] of Object.entries(headers)) {
        if (k.toLowerCase() === "content-length") hasLength = true;
        text += `${k}: ${v}\r
`;
      }
      if (!hasLength) text += `content-length: ${payload.length}\r
`;
      text += close ? "connection: close\r\n" : `connection: keep-alive\r
keep-alive: timeout=${IDLE_MS / 1e3}\r
`;
      text += `date: ${(/* @__PURE__ */ new Date()).toUTCString()}\r
\r
`;
      done(head ? Buffer.from(text, "latin1") : Buffer.concat([Buffer.from(text, "latin1"), payload]));
    }
  };
}

// src/backends/embedded/console-capture.ts
var LEVELS = ["log", "info", "warn", "error", "debug"];
var KEEP = 5e3;
var ConsoleCapture = class {
  lines = [];
  dropped = 0;
  saved = /* @__PURE__ */ new Map();
  /**
   * Replaces console.log/info/warn/error/debug until `restore`. `tee`: still write them where they
   * went (the embedded backend's output is only its log tail, which shows what preceded a crash).
   */
  install(opts = {}) {
    for (const level of LEVELS) {
      const original = console[level];
      this.saved.set(level, original);
      console[level] = (...args) => {
        this.push(level, args);
        if (opts.tee) original.apply(console, args);
      };
    }
    return this;
  }
  restore() {
    for (const [level, fn] of this.saved) console[level] = fn;
    this.saved.clear();
  }
  take() {
    const batch = {
      lines: this.lines,
      dropped: this.dropped,
      scheduledErrors: this.lines.filter((line) => SCHEDULED_ERROR.test(line)).length
    };
    this.lines = [];
    this.dropped = 0;
    return batch;
  }
  push(level, args) {
    if (this.lines.length >= KEEP) {
      this.dropped++;
      return;
    }
    const text = args.map(format).join(" ");
    this.lines.push(`[${level.toUpperCase()}] ${text}`);
  }
};
function format(value) {
  if (typeof value === "string") return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value, (_k, v) => typeof v === "bigint" ? `${v}n` : v) ?? String(value);
  } catch {
    return String(value);
  }
}
var SCHEDULED_ERROR = /^\[ERROR\] Error when running scheduled function /;

// src/backends/embedded/server.ts
var holdFor = (expected) => 100 + expected;
var CLIENT_FIRST_MS = 250;
async function main() {
  const functionsDir = process.env.RACE_CHECK_FUNCTIONS_DIR;
  const adminKey = process.env.RACE_CHECK_ADMIN_KEY;
  if (!functionsDir || !adminKey) throw new Error("RACE_CHECK_FUNCTIONS_DIR and RACE_CHECK_ADMIN_KEY are required");
  const deploymentEnv = JSON.parse(process.env.RACE_CHECK_DEPLOYMENT_ENV ?? "{}");
  const latency = process.env.RACE_CHECK_CALL_LATENCY_MS;
  const ports = [Number(process.env.RACE_CHECK_PORT ?? 0), Number(process.env.RACE_CHECK_SITE_PORT ?? 0)];
  if (latency !== void 0) setScheduler(roundTrip(Number(latency)));
  const arrivals = [];
  let fire;
  const release = () => {
    const f = fire;
    fire = void 0;
    if (!f) return;
    clearTimeout(f.timer);
    for (const run of f.held) run();
  };
  const serve = {};
  let loaded;
  const ready = new Promise((resolve) => loaded = resolve);
  const front = (handle, stamped) => createHttp1Server((req, res) => {
    const run = () => void ready.then(() => handle(req, res));
    if (!stamped(req)) return run();
    arrivals.push(performance.timeOrigin + req.arrivedAt);
    if (fire) {
      fire.held.push(run);
      if (fire.held.length >= fire.expected) release();
      return;
    }
    setImmediate(run);
  });
  const api = front(
    (req, res) => void serve.api(req, res, req.body),
    (req) => req.url.startsWith("/api/")
  );
  const site = front(
    (req, res) => serve.site(req, res),
    () => true
  );
  const [port, sitePort] = [await listen(api, ports[0]), await listen(site, ports[1])];
  const cloudUrl = `http://127.0.0.1:${port}`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  replaceEnv(deploymentEnv, { cloud: cloudUrl, site: siteUrl });
  const functions = await EmbeddedFunctions.load(functionsDir);
  const fresh = () => functions.fresh();
  let backend = fresh();
  const clock = new VirtualClock();
  clock.install();
  const logs = new ConsoleCapture().install({ tee: true });
  const instanceName = `embedded-${randomBytes(4).toString("hex")}`;
  Object.assign(serve, {
    api: createHttpApi({
      backend: () => backend,
      functions,
      adminKey,
      instanceName,
      admin: {
        arrivals: (armNext) => {
          release();
          if (armNext !== void 0)
            fire = { expected: armNext, held: [], timer: setTimeout(release, holdFor(armNext)) };
          return arrivals.splice(0, arrivals.length);
        },
        held: () => arrivals.length,
        clock: (advanceTo) => {
          if (advanceTo !== void 0) clock.advanceTo(advanceTo);
          return clock.now();
        },
        // A new instance: its own documents, id counter and transaction lock. Scheduled work of the
        // old one that has not run is dropped with it. Within an instance, a query or mutation
        // past the time limit (the trial's op timeout, and a moment more so the client's own
        // timeout speaks first) is ended, so a hung call cannot hold the lock against the calls
        // after it: the invariant read among them (see modules.ts).
        reset: (timeLimitMs2) => {
          clock.clear();
          setTimeLimit(timeLimitMs2 === void 0 ? void 0 : timeLimitMs2 + CLIENT_FIRST_MS);
          backend = fresh();
        },
        logs: () => logs.take(),
        scheduled: async () => {
          const running = await Promise.race([
            backend.finishInProgressScheduledFunctions().then(() => false),
            new Promise((resolve) => setTimeout(() => resolve(true), 25))
          ]);
          return { now: clock.now(), pending: clock.pending(), running };
        }
      }
    }),
    // The site: every path is the app's router's (convex-test's fetch runs `convex/http.ts`).
    site: (req, res) => void serveHttpAction(backend, req, res, Buffer.from(adminKey))
  });
  loaded();
  const stop = () => process.exit(0);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 500).unref();
  process.stdout.write(`${JSON.stringify({ ready: true, port, sitePort, instanceName })}
`);
}
async function listen(server, port) {
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host: "127.0.0.1", backlog: 4096 }, resolve);
  });
  let warned = false;
  server.on("error", (e) => {
    if (warned) return;
    warned = true;
    process.stderr.write(`embedded backend: cannot accept a connection (${e.code ?? e.message}); raise ulimit -n
`);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return address.port;
}
async function serveHttpAction(backend, req, res, adminKey) {
  let response2;
  try {
    const method = req.method.toUpperCase();
    const identity = httpActionIdentity(req.headers.authorization, adminKey);
    response2 = await (identity ? backend.withIdentity(identity) : backend).fetch(req.url, {
      method,
      headers: req.headers,
      ...method !== "GET" && method !== "HEAD" && { body: new Uint8Array(req.body) }
    });
  } catch (e) {
    response2 = new Response(e instanceof Error ? e.message : String(e), { status: 500 });
  }
  const body = Buffer.from(await response2.arrayBuffer());
  const headers = {};
  response2.headers.forEach((value, name) => headers[name] = value);
  headers["content-length"] = body.length;
  res.writeHead(response2.status, headers);
  res.end(body);
}
main().catch((e) => {
  process.stderr.write(`embedded backend failed to start: ${e instanceof Error ? e.message : String(e)}
`);
  process.exit(1);
});
