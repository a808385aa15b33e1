package org.rematch.kit.trace;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.rematch.contracts.CloudEventHeaders;
import org.springframework.kafka.listener.RecordInterceptor;

/** Joins the trace a consumed event carries, so the events its handler causes continue it. */
public class TraceparentRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TRACEPARENT);
        TraceContext.enter(header == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        TraceContext.leave();
    }
}
