package vn.ptdv.platform.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, looked up once per request. */
@RequestScoped
public class CallerCache {

    private Caller caller;

    public Caller get() {
        return caller;
    }

    public void set(Caller caller) {
        this.caller = caller;
    }
}
