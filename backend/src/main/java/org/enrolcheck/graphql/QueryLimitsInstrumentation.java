package org.enrolcheck.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Depth, complexity and alias limits of a document, checked once before its operation runs, each
 * failing with its own code.
 *
 * <p>One instrumentation instead of graphql-java's two plus our alias counter: graphql-java calls every
 * instrumentation of the chain for every field it resolves (fetch, completion, list completion), and
 * with four in the chain that bookkeeping was a tenth of the server's CPU on a 1,500-row statistics
 * answer (StatisticsBenchmark profile). These checks need none of the per-field calls. They run at the
 * start of the operation, after variables are coerced (a page's {@code first} weighs its children), so
 * they also hold for documents whose parse and validation came from {@link DocumentCache}.
 */
final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final int maxDepth;

	private final int maxComplexity;

	private final int maxAliases;

	private final FieldComplexityCalculator complexity;

	QueryLimitsInstrumentation(int maxDepth, int maxComplexity, int maxAliases, FieldComplexityCalculator complexity) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
		this.maxAliases = maxAliases;
		this.complexity = complexity;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		int aliases = aliases(execution);
		if (aliases > maxAliases) {
			throw new QueryLimitExceeded(ErrorCode.TOO_MANY_ALIASES, "aliases: " + aliases + " > " + maxAliases);
		}
		int depth = depth(execution);
		if (depth > maxDepth) {
			throw new QueryLimitExceeded(ErrorCode.QUERY_TOO_DEEP, "depth: " + depth + " > " + maxDepth);
		}
		int cost = QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(complexity)
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.variables(execution.getCoercedVariables())
			.build()
			.calculate();
		if (cost > maxComplexity) {
			throw new QueryLimitExceeded(ErrorCode.QUERY_TOO_COMPLEX, "complexity: " + cost + " > " + maxComplexity);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/** Aliases in the whole document, fragments included: aliases let a small document repeat a costly field. */
	private static int aliases(ExecutionContext execution) {
		AtomicInteger aliases = new AtomicInteger();
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}
		}, execution.getDocument().getChildren());
		return aliases.get();
	}

	/** The deepest field of the operation, counted as graphql-java's MaxQueryDepthInstrumentation does. */
	private static int depth(ExecutionContext execution) {
		return QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.reducePreOrder((field, deepest) -> Math.max(pathLength(field.getParentEnvironment()), deepest), 0);
	}

	private static int pathLength(QueryVisitorFieldEnvironment parent) {
		int length = 1;
		for (QueryVisitorFieldEnvironment at = parent; at != null; at = at.getParentEnvironment()) {
			length++;
		}
		return length;
	}

}
