/* htmx settings for Finsam Rapport. The Content-Security-Policy allows no inline styles and no
   eval, so htmx must not inject its indicator styles or evaluate attribute code. Loaded (defer)
   right after htmx.min.js, so it runs before htmx initialises on DOMContentLoaded. */
htmx.config.includeIndicatorStyles = false;
htmx.config.allowEval = false;
htmx.config.selfRequestsOnly = true;
