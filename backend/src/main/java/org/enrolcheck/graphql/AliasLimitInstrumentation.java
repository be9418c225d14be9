package org.enrolcheck.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
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
 * graphql-java has no alias limit of its own, and aliases let one small document repeat an expensive
 * field many times over. Counts aliases in the whole document, fragments included.
 */
final class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

	private final int maxAliases;

	AliasLimitInstrumentation(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		AtomicInteger aliases = new AtomicInteger();
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases.incrementAndGet();
				}
				return TraversalControl.CONTINUE;
			}
		}, parameters.getExecutionContext().getDocument().getChildren());
		if (aliases.get() > maxAliases) {
			throw new QueryLimitExceeded(ErrorCode.TOO_MANY_ALIASES,
					"aliases: " + aliases.get() + " > " + maxAliases);
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
