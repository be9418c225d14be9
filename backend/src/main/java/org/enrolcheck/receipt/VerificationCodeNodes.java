package org.enrolcheck.receipt;

import java.util.Set;

import org.enrolcheck.graphql.NodeSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code node(id)} for verification codes: their owner only. */
@Component
class VerificationCodeNodes implements NodeSource {

	private final ReceiptService receipts;

	VerificationCodeNodes(ReceiptService receipts) {
		this.receipts = receipts;
	}

	@Override
	public Set<String> typeNames() {
		return Set.of("VerificationCode");
	}

	@Override
	public Mono<?> find(String typeName, long id) {
		return receipts.ownCode(id);
	}

}
