import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import type { Session } from '../../domain/user';
import { resetUserData } from './auth-api';

/**
 * Schedules resetUserData for once the next page is on screen. Dropping cached answers while the
 * page being left is still mounted would have it fetch them again if it re-rendered on its way
 * out, and be refused. Effects run after React commits, when that page has gone.
 */
export function useResetAfterNavigation(): (session: Session | null) => void {
  const queryClient = useQueryClient();
  const location = useLocation();
  const pending = useRef<{ session: Session | null } | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const { session } = pending.current;
    pending.current = null;
    resetUserData(queryClient, session);
  }, [location.key, queryClient]);
  return useCallback((session: Session | null) => {
    pending.current = { session };
  }, []);
}
