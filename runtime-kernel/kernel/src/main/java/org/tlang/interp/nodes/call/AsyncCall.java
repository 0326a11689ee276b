package org.tlang.interp.nodes.call;

import org.tlang.interp.CallTarget;
import org.tlang.interp.Host;
import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/** A call of an `async fn`: starts a task that runs the callee. */
public final class AsyncCall extends Node {
    final Call call;
    final Host host;

    public AsyncCall(Call call, Host host, Pos pos) {
        super(pos);
        this.call = call;
        this.host = host;
    }

    @Override
    public Object execute(Frame f) {
        CallTarget t = call.cell.target();
        Frame callee = call.frame(f, t);
        return host.spawn(() -> t.execute(callee), callee);
    }
}
