import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { OPERATION_LIMITS } from './limits/limits';

/** A query document that parsed and validated against the schema, with the operation a request names. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /**
   * The operation compiled to JavaScript (graphql-jit) on its first admitted execution, so that a
   * document refused by the limits is never compiled; null when it could not be compiled.
   */
  compiled?: CompiledQuery | null;
}

interface PreparedDocument {
  document: DocumentNode;
  /** By operation name ('' for none): the query it selects. */
  operations: Map<string, PreparedOperation>;
}

/** Distinct documents kept; past it the oldest goes (clients send a handful of documents, many times each). */
const MAX_DOCUMENTS = 500;
/** Longer documents are parsed per request by Apollo's pipeline (its own store keeps them). */
const MAX_DOCUMENT_LENGTH = 20_000;

/**
 * Parsed, validated and compiled query documents by their text, for the prepared execution path. A
 * document that does not parse or validate is not kept: Apollo's pipeline answers it with its
 * errors. Only queries are prepared; a mutation or subscription takes Apollo's pipeline.
 */
export class PreparedDocuments {
  private readonly documents = new Map<string, PreparedDocument>();

  constructor(private readonly schema: GraphQLSchema) {}

  get(query: string, operationName: string | undefined): PreparedOperation | null {
    if (query.length > MAX_DOCUMENT_LENGTH) return null;
    let prepared = this.documents.get(query);
    if (!prepared) {
      const parsed = this.prepare(query);
      if (!parsed) return null;
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value as string);
      this.documents.set(query, parsed);
      prepared = parsed;
    }
    const name = operationName ?? '';
    let operation = prepared.operations.get(name);
    if (!operation) {
      const selected = getOperationAST(prepared.document, operationName);
      if (selected?.operation !== 'query') return null;
      operation = { document: prepared.document, operation: selected };
      // Only names the document defines are kept, so a caller cannot grow the map with made-up ones.
      prepared.operations.set(name, operation);
    }
    return operation;
  }

  /** graphql-jit turns the operation into one function, once; an operation it cannot compile runs on graphql-js. */
  compiled(prepared: PreparedOperation): CompiledQuery | null {
    if (prepared.compiled === undefined) {
      try {
        const compiled = compileQuery(this.schema, prepared.document, prepared.operation.name?.value);
        prepared.compiled = isCompiledQuery(compiled) ? compiled : null;
      } catch {
        prepared.compiled = null;
      }
    }
    return prepared.compiled;
  }

  private prepare(query: string): PreparedDocument | null {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: OPERATION_LIMITS.maxTokens });
    } catch {
      return null;
    }
    if (validate(this.schema, document, specifiedRules).length > 0) return null;
    return { document, operations: new Map() };
  }
}
